"""Names and places for the demo centre: learners from the countries Denmark's newcomers
come from, Danish staff and contacts, towns in north-west Jutland, employers per sector."""

from __future__ import annotations

from dataclasses import dataclass

from mentor_desktop.domain.enums import Sector


@dataclass(frozen=True)
class Origin:
    """A country of origin: how often it comes up, the languages spoken (first one first,
    each option a list), the gloss language, and given and family names. A family name is
    one form, or a (male, female) pair where the language inflects it."""

    country: str
    weight: int
    languages: tuple[tuple[str, ...], ...]
    gloss: str | None
    male: tuple[str, ...]
    female: tuple[str, ...]
    family: tuple[str | tuple[str, str], ...]


ORIGINS: tuple[Origin, ...] = (
    Origin(
        "UA", 20, (("uk", "ru"), ("uk",), ("uk", "en"), ("ru", "uk")), "uk",
        ("Oleksandr", "Andrii", "Serhii", "Dmytro", "Mykola", "Yurii", "Vasyl", "Bohdan"),
        ("Olena", "Iryna", "Nataliia", "Oksana", "Tetiana", "Yuliia", "Svitlana", "Kateryna"),
        ("Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk",
         "Boiko", "Moroz", "Lysenko", "Savchenko", "Marchenko", "Rudenko"),
    ),
    Origin(
        "SY", 14, (("ar",), ("ar", "en"), ("ku", "ar"), ("ar", "tr")), "ar",
        ("Ahmad", "Mohammad", "Khaled", "Omar", "Yousef", "Bassam", "Rami", "Hassan"),
        ("Amal", "Rasha", "Lina", "Hiba", "Rana", "Nour", "Fatima", "Maysaa"),
        ("Haddad", "Khalil", "Al-Ali", "Hamdan", "Darwish", "Sabbagh", "Kurdi", "Nasser",
         "Halabi", "Othman"),
    ),
    Origin(
        "ER", 10, (("ti",), ("ti", "ar"), ("ti", "am"), ("ti", "en")), "ti",
        ("Tesfay", "Yonas", "Dawit", "Filmon", "Semere", "Mehari", "Kidane", "Robel"),
        ("Helen", "Senait", "Selam", "Saba", "Luwam", "Yordanos", "Feven", "Mebrat"),
        ("Tesfamariam", "Ghebremedhin", "Haile", "Berhane", "Tekle", "Kahsay", "Woldu",
         "Habte", "Gebreyesus", "Andemariam"),
    ),
    Origin(
        "SO", 6, (("so",), ("so", "ar"), ("so", "en")), "so",
        ("Abdirahman", "Mohamed", "Abdullahi", "Hassan", "Ahmed", "Liban", "Mahad"),
        ("Hodan", "Fadumo", "Amina", "Sahra", "Ifrah", "Hibo", "Nimco", "Ubah"),
        ("Farah", "Warsame", "Abdi", "Hussein", "Jama", "Osman", "Mohamud", "Ismail", "Nur"),
    ),
    Origin(
        "AF", 8, (("prs",), ("prs", "ps"), ("ps", "prs"), ("prs", "en")), "en",
        ("Farid", "Hamid", "Wahid", "Zabihullah", "Naweed", "Jawad", "Mustafa", "Sharif"),
        ("Zahra", "Fatema", "Maryam", "Shabnam", "Parwin", "Nilofar", "Soraya", "Freshta"),
        ("Ahmadi", "Rahimi", "Hakimi", "Sultani", "Noori", "Karimi", "Hashimi", "Mohammadi"),
    ),
    Origin(
        "PL", 8, (("pl",), ("pl", "en"), ("pl", "de")), "pl",
        ("Piotr", "Tomasz", "Krzysztof", "Paweł", "Marcin", "Łukasz", "Michał", "Grzegorz"),
        ("Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Anna", "Monika", "Ewa", "Dorota"),
        ("Nowak", ("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"), "Wójcik",
         ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"),
         "Mazur", "Krawczyk", "Kaczmarek"),
    ),
    Origin(
        "IQ", 6, (("ar",), ("ckb", "ar"), ("ar", "en")), "ar",
        ("Ali", "Hussein", "Mustafa", "Haider", "Karwan", "Rebin", "Saif", "Shvan"),
        ("Zainab", "Noor", "Sara", "Shilan", "Avan", "Shaima", "Huda", "Tara"),
        ("Al-Jubouri", "Al-Saadi", "Kareem", "Al-Tamimi", "Jaber", "Aziz", "Rashid",
         "Mahmoud"),
    ),
    Origin(
        "IR", 5, (("fa",), ("fa", "en"), ("fa", "ckb")), "en",
        ("Reza", "Mehdi", "Hossein", "Amir", "Saeed", "Babak", "Omid", "Navid"),
        ("Fatemeh", "Leila", "Nazanin", "Shirin", "Parisa", "Mahsa", "Niloufar", "Sara"),
        ("Hosseini", "Rezaei", "Mohammadi", "Moradi", "Jafari", "Sadeghi", "Ghasemi",
         "Kazemi"),
    ),
    Origin(
        "RO", 8, (("ro",), ("ro", "en"), ("ro", "es")), "en",
        ("Andrei", "Ionuț", "Mihai", "Alexandru", "Florin", "Gabriel", "Marius", "Cosmin"),
        ("Ioana", "Elena", "Andreea", "Maria", "Alina", "Cristina", "Gabriela", "Raluca"),
        ("Popescu", "Ionescu", "Popa", "Dumitru", "Stan", "Stoica", "Gheorghe", "Constantin",
         "Munteanu"),
    ),
    Origin(
        "PH", 8, (("tl", "en"), ("tl", "en"), ("en", "tl")), "en",
        ("John Paul", "Mark", "Jerome", "Rodel", "Christian", "Jomar", "Ramil", "Arnel"),
        ("Maricel", "Jocelyn", "Lovely", "Rowena", "Mary Grace", "Kristine", "Jennylyn",
         "Rhea"),
        ("Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Dela Cruz",
         "Villanueva", "Ramos", "Aquino"),
    ),
    Origin(
        "TH", 5, (("th",), ("th", "en")), "en",
        ("Somchai", "Anan", "Prasert", "Chaiwat", "Kittisak", "Suriya"),
        ("Siriporn", "Nattaya", "Pornthip", "Kanya", "Malee", "Wanida", "Sunisa", "Ratana"),
        ("Saetang", "Srisuk", "Chaiyaporn", "Boonmee", "Thongchai", "Wongsawat", "Phanthong"),
    ),
    Origin(
        "LT", 3, (("lt",), ("lt", "ru"), ("lt", "en")), "en",
        ("Tomas", "Mindaugas", "Darius", "Andrius", "Vytautas"),
        ("Rūta", "Jurgita", "Asta", "Inga", "Laura"),
        (("Kazlauskas", "Kazlauskienė"), ("Petrauskas", "Petrauskienė"),
         ("Jankauskas", "Jankauskienė"), ("Stankevičius", "Stankevičienė")),
    ),
    Origin(
        "VN", 2, (("vi",), ("vi", "en")), "en",
        ("Minh", "Tuan", "Hung", "Duc", "Long"),
        ("Lan", "Huong", "Thao", "Linh", "Mai"),
        ("Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu"),
    ),
)  # fmt: skip

DANISH_MALE: tuple[str, ...] = (
    "Lars", "Henrik", "Jens", "Peter", "Søren", "Thomas", "Rasmus", "Jesper", "Morten",
    "Kim", "Bo", "Anders", "Michael", "Martin", "Niels", "Jakob", "Kasper", "Mads", "Ole",
    "Torben",
)  # fmt: skip
DANISH_FEMALE: tuple[str, ...] = (
    "Mette", "Hanne", "Susanne", "Lone", "Dorthe", "Camilla", "Louise", "Anne", "Birgitte",
    "Charlotte", "Helle", "Pia", "Tina", "Maria", "Karina", "Line", "Trine", "Signe", "Ida",
    "Marianne",
)  # fmt: skip
DANISH_FAMILY: tuple[str, ...] = (
    "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
    "Sørensen", "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen",
    "Poulsen", "Mikkelsen", "Dalsgaard", "Kragh", "Lund", "Holm", "Bach", "Skov", "Vestergaard",
    "Bech", "Søgaard", "Kjær", "Møller", "Østergaard",
)  # fmt: skip

# (postcode, town) in north-west Jutland, around the demo centre.
TOWNS: tuple[tuple[str, str], ...] = (
    ("7500", "Holstebro"), ("7800", "Skive"), ("7700", "Thisted"), ("7600", "Struer"),
    ("7620", "Lemvig"), ("7900", "Nykøbing M"), ("7490", "Aulum"), ("7830", "Vinderup"),
    ("7570", "Vemb"), ("7760", "Hurup Thy"), ("7860", "Spøttrup"), ("7540", "Haderup"),
)  # fmt: skip

STREETS: tuple[str, ...] = (
    "Industrivej", "Håndværkervej", "Vestergade", "Østergade", "Nørregade", "Søndergade",
    "Jernbanegade", "Fabriksvej", "Lundvej", "Stationsvej", "Skolegade", "Solbakken",
    "Engvej", "Havnevej", "Smedevej", "Lagervej", "Birkevej", "Kirkevej", "Fjordvej",
    "Gl. Landevej",
)  # fmt: skip

# (name, sector, contact role) of the small centre's employers.
SMALL_EMPLOYERS: tuple[tuple[str, Sector, str], ...] = (
    ("Vestjysk Rengøring ApS", Sector.CLEANING, "Driftsleder"),
    ("Klar Service A/S", Sector.CLEANING, "Områdeleder"),
    ("Fjordens Ejendomsservice ApS", Sector.CLEANING, "Serviceleder"),
    ("Kantinen på Havnen ApS", Sector.KITCHEN, "Køkkenchef"),
    ("Restaurant Limfjorden", Sector.KITCHEN, "Køkkenchef"),
    ("Nordvest Catering ApS", Sector.KITCHEN, "Produktionsleder"),
    ("Skovgaard Byg & Tømrer ApS", Sector.CONSTRUCTION, "Formand"),
    ("NV Murer og Entreprenør A/S", Sector.CONSTRUCTION, "Byggeleder"),
    ("Thy Lager & Logistik A/S", Sector.WAREHOUSE, "Lagerchef"),
    ("Nordvest Fragt ApS", Sector.WAREHOUSE, "Holdleder"),
    ("Plejecentret Engbo", Sector.CARE, "Afdelingsleder"),
    ("Hjemmeplejen Struer Syd", Sector.CARE, "Teamleder"),
)  # fmt: skip

# Parts of generated employer names for the larger sizes: "{head} {trade} {form}".
EMPLOYER_HEADS: tuple[str, ...] = (
    "Vestjysk", "Nordvest", "Fjord", "Limfjords", "Thy", "Mors", "Salling", "Holstebro",
    "Skive", "Struer", "Lemvig", "Klitmøller", "Bøgely", "Solvang", "Engholm", "Kløver",
    "Havne", "Vester", "Nørre", "Øster", "Sønder", "Ny", "Dansk", "Midtvest", "Hvide Sande",
    "Stald", "Krone", "Anker", "Ravn", "Lind",
)  # fmt: skip
EMPLOYER_TRADES: dict[Sector, tuple[str, ...]] = {
    Sector.CLEANING: ("Rengøring", "Service", "Ejendomsservice", "Facility", "Vinduespolering"),
    Sector.KITCHEN: ("Catering", "Kantine", "Storkøkken", "Bageri", "Restaurant", "Slagteri"),
    Sector.CONSTRUCTION: ("Byg", "Tømrer", "Murer", "Entreprenør", "Stillads", "Anlæg"),
    Sector.WAREHOUSE: ("Logistik", "Lager", "Fragt", "Transport", "Distribution", "Pakhus"),
    Sector.CARE: ("Plejecenter", "Hjemmepleje", "Bosted", "Ældrecenter", "Plejehjem"),
}
FORMS: dict[Sector, tuple[str, ...]] = {
    Sector.CLEANING: ("ApS", "A/S", "ApS", "I/S"),
    Sector.KITCHEN: ("ApS", "A/S", "ApS", "I/S"),
    Sector.CONSTRUCTION: ("ApS", "A/S", "ApS", "& Søn ApS"),
    Sector.WAREHOUSE: ("A/S", "ApS", "A/S"),
    Sector.CARE: ("", "", "Nord", "Syd"),
}
CONTACT_ROLES: dict[Sector, tuple[str, ...]] = {
    Sector.CLEANING: ("Driftsleder", "Områdeleder", "Serviceleder", "HR-konsulent"),
    Sector.KITCHEN: ("Køkkenchef", "Souschef", "Produktionsleder", "Kantineleder"),
    Sector.CONSTRUCTION: ("Formand", "Byggeleder", "Sikkerhedsrepræsentant", "Værkfører"),
    Sector.WAREHOUSE: ("Lagerchef", "Holdleder", "Driftsleder", "HR-partner"),
    Sector.CARE: ("Afdelingsleder", "Teamleder", "Sygeplejerske", "Uddannelsesansvarlig"),
}
JOB_TITLES: dict[Sector, tuple[str, ...]] = {
    Sector.CLEANING: ("Rengøringsassistent", "Servicemedarbejder", "Rengøringsmedarbejder"),
    Sector.KITCHEN: ("Køkkenmedhjælper", "Opvasker", "Køkkenassistent", "Cafeteriamedarbejder"),
    Sector.CONSTRUCTION: ("Byggearbejder", "Tømrerhjælper", "Murerarbejdsmand",
                          "Stilladsarbejder"),
    Sector.WAREHOUSE: ("Lagermedarbejder", "Pluk- og pakmedarbejder", "Truckfører",
                       "Chaufførmedhjælper"),
    Sector.CARE: ("Plejemedhjælper", "Social- og sundhedshjælperelev", "Servicemedarbejder",
                  "Køkkenmedhjælper i plejen"),
}  # fmt: skip
SITE_NAMES: dict[Sector, tuple[str, ...]] = {
    Sector.CLEANING: ("Kontordomicil", "Skolen", "Rådhuset", "Sygehuset", "Hotel"),
    Sector.KITCHEN: ("Køkkenet", "Kantinen", "Produktionskøkken", "Caféen"),
    Sector.CONSTRUCTION: ("Byggeplads", "Værkstedet", "Pladsen ved havnen", "Nybyggeri"),
    Sector.WAREHOUSE: ("Centrallager", "Terminalen", "Lager Nord", "Pakkeri"),
    Sector.CARE: ("Afsnit 1", "Afsnit 2", "Hjemmeplejen distrikt Vest", "Demensafsnittet"),
}  # fmt: skip

CENTRE = {
    "name": "Sprogcenter Nordvest",
    "street": "Fjordvej 12",
    "postcode": "7500",
    "city": "Holstebro",
    "phone": "+45 96 11 22 00",
    "email": "kontakt@sprogcenter-nordvest.example",
    "signatory_name": "Birgitte Dalsgaard",
    "signatory_title": "Forstander",
    "certificate_prefix": "SCNV",
}
# (name, login) of the small centre's staff: three tutors, then the coordinator.
SMALL_STAFF: tuple[tuple[str, str], ...] = (
    ("Mette Lund Jensen", "mette.lund"),
    ("Søren Kragh", "soren.kragh"),
    ("Anne-Marie Holm", "annemarie.holm"),
    ("Lotte Vestergaard", "lotte.vestergaard"),
)
# The small centre's municipality, used in case references ("HOL-2026-04512").
MUNICIPALITY_CODES: tuple[str, ...] = ("HOL", "SKI", "THI", "STR", "LEM", "MOR")


def ascii_slug(text: str, separator: str = ".") -> str:
    """Lower-case ASCII for logins and e-mail addresses: "Søren Kragh" -> "soren.kragh"."""
    table = str.maketrans({"æ": "ae", "ø": "o", "å": "aa", "é": "e", "ü": "u", "ö": "o"})
    lowered = text.casefold().translate(table)
    out: list[str] = []
    for char in lowered:
        if "a" <= char <= "z" or "0" <= char <= "9":
            out.append(char)
        elif out and out[-1] != separator:
            out.append(separator)
    return "".join(out).strip(separator)
