"""Names and places for the demo workspace: plausible, deterministic, invented."""

import random

FIRST_NAMES = [
    "María",
    "Carmen",
    "José",
    "Antonio",
    "Manuel",
    "Francisco",
    "Ana",
    "Laura",
    "Javier",
    "David",
    "Lucía",
    "Pilar",
    "Juan",
    "Isabel",
    "Miguel",
    "Rosa",
    "Pedro",
    "Elena",
    "Alejandro",
    "Marta",
    "Carlos",
    "Cristina",
    "Rafael",
    "Sofía",
    "Ángel",
    "Dolores",
    "Fernando",
    "Teresa",
    "Pablo",
    "Raquel",
    "Sergio",
    "Nuria",
    "Jorge",
    "Beatriz",
    "Luis",
    "Inés",
    "Andrés",
    "Julia",
]
SURNAMES = [
    "García",
    "Fernández",
    "González",
    "Rodríguez",
    "López",
    "Martínez",
    "Sánchez",
    "Pérez",
    "Gómez",
    "Martín",
    "Jiménez",
    "Ruiz",
    "Hernández",
    "Díaz",
    "Moreno",
    "Muñoz",
    "Álvarez",
    "Romero",
    "Alonso",
    "Gutiérrez",
    "Navarro",
    "Torres",
    "Domínguez",
    "Vázquez",
    "Ramos",
    "Gil",
    "Ramírez",
    "Serrano",
    "Blanco",
    "Molina",
    "Morales",
    "Suárez",
    "Ortega",
    "Delgado",
    "Castro",
    "Ortiz",
    "Rubio",
    "Marín",
    "Sanz",
    "Núñez",
    "Iglesias",
    "Medina",
    "Garrido",
    "Cortés",
    "Castillo",
]
ENGLISH_NAMES = (
    "Margaret Whitfield",
    "Peter Hollis",
    "Claire Dunmore",
    "Richard Ashworth",
    "Helen O'Connor",
    "Graham Lloyd",
    "Susan Pritchard",
    "Ian McAllister",
)
STREETS = (
    "Calle Mayor",
    "Calle Real",
    "Calle del Pozo",
    "Calle de la Fuente",
    "Camino del Molino",
    "Plaza de España",
    "Calle de las Eras",
    "Travesía de la Iglesia",
    "Calle del Río",
    "Avenida de la Constitución",
    "Calle San Roque",
    "Camino de los Huertos",
)
VILLAGE = "28770 Valdeluz (Madrid)"
WATER_BUSINESSES = (
    "Bar La Plaza SL",
    "Panadería Hermanos Gil SL",
    "Granja Los Almendros SC",
    "Casa Rural El Encinar SL",
    "Hostal Valdeluz SL",
)
COWORKING_COMPANIES = (
    "Estudio Norte Arquitectura SL",
    "Datos Claros Consultoría SL",
    "Verde Lima Diseño SLU",
    "Traducciones Babel SC",
    "Huerta Digital SL",
    "Cooperativa Tejedoras SCoop",
    "Pixel y Papel SL",
    "Ruta Sur Turismo SL",
)

_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
_CIF_LETTERS = "JABCDEFGHI"


def dni(number: int) -> str:
    """A Spanish DNI with its real check letter."""
    return f"{number:08d}{_DNI_LETTERS[number % 23]}"


def cif(letter: str, number: int) -> str:
    """A Spanish company tax id (CIF) with its real check character."""
    digits = f"{number:07d}"
    odd = sum(sum(divmod(2 * int(d), 10)) for d in digits[0::2])
    even = sum(int(d) for d in digits[1::2])
    check = (10 - (odd + even) % 10) % 10
    tail = _CIF_LETTERS[check] if letter in "PQRSNW" else str(check)
    return f"{letter}{digits}{tail}"


def person_name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)} {rng.choice(SURNAMES)}"


def address(rng: random.Random) -> str:
    return f"{rng.choice(STREETS)} {rng.randint(1, 60)}, {VILLAGE}"


def email_for(name: str, rng: random.Random) -> str:
    plain = name.lower().translate(str.maketrans("áéíóúñü'", "aeiounu "))
    user = ".".join(plain.split()[:2])
    return f"{user}@{rng.choice(('correo.es', 'mail.com', 'valdeluz.net'))}"
