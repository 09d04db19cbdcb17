"""Generated files import exactly what they encode; random bytes never crash the reader."""

import csv
import io
from contextlib import suppress
from datetime import date
from decimal import Decimal
from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from usagebill_desktop.importers.readings_parser import parse_readings
from usagebill_desktop.importers.tables import UnreadableFile, read_table

readings = st.lists(
    st.tuples(
        st.sampled_from(["WM1", "WM-2", "ROOM-1", "contador ñ"]),
        st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
        st.decimals(min_value=0, max_value=999_999, places=3, allow_nan=False),
    ),
    min_size=1,
    max_size=30,
)
styles = st.fixed_dictionaries(
    {
        "delimiter": st.sampled_from([";", ",", "\t", "|"]),
        "encoding": st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
        "comma": st.booleans(),
        "grouped": st.booleans(),
        "dates": st.sampled_from(["iso", "dmy/", "dmy.", "dmy-"]),
        "spanish": st.booleans(),
    }
)


def _number(value: Decimal, comma: bool, grouped: bool) -> str:
    text = f"{value:,.3f}" if grouped else f"{value:.3f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".") if comma else text


def _date(day: date, style: str) -> str:
    return day.isoformat() if style == "iso" else day.strftime(f"%d{style[3]}%m{style[3]}%Y")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(readings, styles)
def test_a_generated_file_reads_back_exactly_the_readings_it_encodes(rows, style):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=style["delimiter"], lineterminator="\r\n")
    writer.writerow(
        ["Contador", "Fecha", "Lectura"] if style["spanish"] else ["Meter", "Date", "Reading"]
    )
    for meter, day, value in rows:
        writer.writerow(
            [meter, _date(day, style["dates"]), _number(value, style["comma"], style["grouped"])]
        )
    with TemporaryDirectory() as folder:
        path = Path(folder) / "generated.csv"
        path.write_bytes(out.getvalue().encode(style["encoding"]))
        parsed = parse_readings(read_table(path), day_first=True, decimal_comma=style["comma"])
    assert parsed.problems == []
    assert [(r.meter, r.read_on, r.value) for r in parsed.readings] == rows


@settings(max_examples=200, deadline=None)
@given(st.binary(min_size=1, max_size=4096))
def test_random_bytes_are_read_or_refused_never_crashed_on(data):
    with TemporaryDirectory() as folder:
        path = Path(folder) / "noise.csv"
        path.write_bytes(data)
        with suppress(UnreadableFile):  # refusing is fine; any other exception fails
            parse_readings(read_table(path))
