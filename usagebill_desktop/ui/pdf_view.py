"""The PDF itself on screen and on paper: its pages drawn by PDFium (pypdfium2), so what
the operator sees and prints is exactly the file the customer gets, with no second
layout engine.

PDFium is not thread-safe: pages are drawn on the GUI thread only."""

from typing import Any

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap, QResizeEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

MAX_PREVIEW_WIDTH = 1100  # wider than this, an A4 page is easier to read smaller


def page_images(pdf: bytes, dpi: float | None = None, width: int | None = None) -> list[QImage]:
    """Every page of `pdf` as an image at `dpi`, or `width` pixels wide."""
    import pypdfium2 as pdfium  # loads when a PDF is first shown, not with the window

    document = pdfium.PdfDocument(pdf)
    try:
        images = []
        for page in document:
            scale = (dpi or 72) / 72 if width is None else width / page.get_width()
            bitmap = page.render(scale=scale, rev_byteorder=True)
            images.append(_image(bitmap))
            page.close()
        return images
    finally:
        document.close()


def _image(bitmap: Any) -> QImage:
    """A QImage holding its own copy of the pixels. (Wrapping PDFium's buffer in a
    QImage directly trips a reference-count bug in PySide and crashes later.)"""
    rgb = bitmap.n_channels == 3
    kind = QImage.Format.Format_RGB888 if rgb else QImage.Format.Format_RGBX8888
    image = QImage(bitmap.width, bitmap.height, kind)
    source = memoryview(bitmap.buffer).cast("B")
    target = memoryview(image.bits()).cast("B")
    row = bitmap.width * (3 if rgb else 4)
    for y in range(bitmap.height):
        start = y * image.bytesPerLine()
        target[start : start + row] = source[y * bitmap.stride : y * bitmap.stride + row]
    return image


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print every page, each fitted to the printable area; the number of pages."""
    images = page_images(pdf, min(printer.resolution(), 300))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(0, 0, image.width() * scale, image.height() * scale)
            painter.drawImage(target, image)
    finally:
        painter.end()
    return len(images)


ZOOM_STEP = 1.25
ZOOM_LIMITS = (0.25, 4.0)  # of the page's printed size


def first_page_width(pdf: bytes) -> float:
    """The first page's width in points (1/72 inch)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return float(document[0].get_width()) if len(document) else 595.0
    finally:
        document.close()


class PdfView(QScrollArea):
    """Shows the pages of one PDF, one under the other: as wide as the view (fit width,
    the default) or at a zoom the operator chose, a fraction of the printed size.

    Signals: zoom_changed(float) — the zoom now shown (1.0 is the printed size)."""

    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setStyleSheet("QScrollArea { background: palette(dark); }")
        self._pages = QWidget()
        self._column = QVBoxLayout(self._pages)
        self._column.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._column.setSpacing(12)
        self.setWidget(self._pages)
        self.pdf: bytes | None = None
        self.chosen_zoom: float | None = None  # None: fit width
        self.zoom = 1.0  # as shown
        self._redraw = QTimer(self, singleShot=True, interval=150)
        self._redraw.timeout.connect(self._draw)

    def show_pdf(self, pdf: bytes | None) -> None:
        self.pdf = pdf
        self._draw()

    def zoom_in(self) -> None:
        self._zoom_to(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_to(self.zoom / ZOOM_STEP)

    def fit_width(self) -> None:
        self.chosen_zoom = None
        self._draw()

    def _zoom_to(self, zoom: float) -> None:
        low, high = ZOOM_LIMITS
        self.chosen_zoom = min(max(zoom, low), high)
        self._draw()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.chosen_zoom is None:
            self._redraw.start()  # once the resizing stops

    def _draw(self) -> None:
        while (item := self._column.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        if self.pdf is None:
            return
        ratio = self.devicePixelRatioF()
        printed = first_page_width(self.pdf) * self.logicalDpiX() / 72  # pixels at 100 %
        if self.chosen_zoom is None:
            room = self.viewport().width() - 2 * self._column.spacing() - 4
            width = max(300, min(room, MAX_PREVIEW_WIDTH))
        else:
            width = int(printed * self.chosen_zoom)
        for image in page_images(self.pdf, width=int(width * ratio)):
            image.setDevicePixelRatio(ratio)
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(image))
            page.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            page.setStyleSheet("background: white; border: 1px solid palette(mid);")
            self._column.addWidget(page)
        self.zoom = width / printed
        self.zoom_changed.emit(self.zoom)

    def page_count(self) -> int:
        return self._column.count()

    def page_width(self) -> int:
        """The first page's width on screen, in pixels (0 with nothing shown)."""
        item = self._column.itemAt(0)
        widget = item.widget() if item is not None else None
        return widget.sizeHint().width() if widget is not None else 0
