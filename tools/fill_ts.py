"""Fill unfinished entries of a Qt .ts catalogue from a Python dict of translations.

    python tools/fill_ts.py resources/translations/usagebill_es.ts translations.py ES [--force]

The dict maps source text to a translation, or to a (singular, plural) pair for
%n strings. Entries already translated are left alone unless --force (to reword).
Prints what is still missing.
"""

import runpy
import sys
import xml.etree.ElementTree as ET


def fill(ts_path: str, table: dict[str, object], force: bool = False) -> list[str]:
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        finished = translation.get("type") is None and (translation.text or len(translation))
        if source not in table or (finished and not force):
            if translation.get("type") == "unfinished":
                missing.append(source)
            continue
        value = table[source]
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            for text in value if isinstance(value, tuple) else (value, value):
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = str(value)
        translation.attrib.pop("type", None)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    path, module, name = sys.argv[1:4]
    left = fill(path, runpy.run_path(module)[name], force="--force" in sys.argv)
    print("\n".join(f"untranslated: {s!r}" for s in left) or "all translated")
