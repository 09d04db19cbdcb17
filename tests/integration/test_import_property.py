"""Whatever style a file is written in, importing it stores exactly the readings it encodes,
and importing it again adds nothing."""

import csv
import io
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from usagebill_desktop.bootstrap import database_url, open_workspace
from usagebill_desktop.importers.readings_parser import parse_readings
from usagebill_desktop.importers.tables import read_table
from usagebill_desktop.services.customers import add_customer
from usagebill_desktop.services.imports import import_readings
from usagebill_desktop.services.meters import add_meter
from usagebill_desktop.services.readings import meter_readings

TODAY = date(2026, 11, 24)

# Register reads that only rise (never a rollover), on distinct days; usages on any day.
register = st.lists(
    st.decimals(min_value=0, max_value=500, places=2, allow_nan=False), min_size=1, max_size=15
)
usages = st.lists(
    st.tuples(
        st.integers(0, 300), st.decimals(min_value=0, max_value=99, places=1, allow_nan=False)
    ),
    max_size=15,
)
styles = st.fixed_dictionaries(
    {
        "delimiter": st.sampled_from([";", ",", "\t", "|"]),
        "encoding": st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
        "comma": st.booleans(),
    }
)


def _number(value: Decimal, comma: bool) -> str:
    text = f"{value:,.2f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".") if comma else text


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(register, usages, styles)
def test_an_imported_file_stores_exactly_what_it_encodes(steps, bookings, style):
    reads, value = [], Decimal(1000)
    for n, step in enumerate(steps):
        value += step
        reads.append((date(2025, 1, 1) + timedelta(days=30 * (n + 1)), value))
    uses = [(date(2025, 1, 1) + timedelta(days=day), amount) for day, amount in bookings]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=style["delimiter"], lineterminator="\r\n")
    writer.writerow(["Contador", "Fecha", "Lectura", "Observaciones"])
    for day, amount in reads:
        writer.writerow(["WM1", day.strftime("%d/%m/%Y"), _number(amount, style["comma"]), ""])
    for n, (day, amount) in enumerate(uses):
        writer.writerow(
            ["ROOM-1", day.strftime("%d/%m/%Y"), _number(amount, style["comma"]), f"booking {n}"]
        )
    with TemporaryDirectory() as folder:
        path = Path(folder) / "generated.csv"
        path.write_bytes(out.getvalue().encode(style["encoding"]))
        workspace = open_workspace(database_url(str(Path(folder) / "work.db")))
        add_customer(workspace.open_uow, name="Ana", account="1")
        add_meter(
            workspace.open_uow,
            serial="WM1",
            customer_account="1",
            kind="cumulative",
            unit="m³",
            install_date=date(2025, 1, 1),
            digits=6,
            install_read=Decimal(1000),
        )
        add_meter(
            workspace.open_uow,
            serial="ROOM-1",
            customer_account="1",
            kind="interval",
            unit="h",
            install_date=date(2025, 1, 1),
        )
        for attempt in (1, 2):
            parsed = parse_readings(read_table(path), decimal_comma=style["comma"])
            report = import_readings(workspace.open_uow, parsed=parsed, sha256="x", today=TODAY)
            assert report.rejected == []
            assert report.accepted == (len(reads) + len(uses) if attempt == 1 else 0)
        stored = [(r.read_on, r.value) for r in meter_readings(workspace.open_uow, meter="WM1")]
        assert stored == reads
        booked = sorted(
            (r.read_on, r.value, r.note) for r in meter_readings(workspace.open_uow, meter="ROOM-1")
        )
        assert booked == sorted((d, a, f"booking {n}") for n, (d, a) in enumerate(uses))
        workspace.close()
