"""Words for the demo data: regions, names, hamlets, occupations, groups and program themes.

Everything here is plain data (hence its 1,600 lines: word lists, not code); the stories of
:mod:`desktop.core.demo` (and the simulated field work of :mod:`desktop.core.simulate`) decide how
it is combined. The text is Indonesian because
that is what a facilitator would type.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.domain import (
    ContributionKind,
    FundingSource,
    Goal,
    GroupKind,
    HandoverKind,
    IndicatorDirection,
    MeetingKind,
    NeedKind,
    ResourceKind,
    Stage,
)


def _words(text: str) -> tuple[str, ...]:
    """A word list written as one comma-separated string (keeps long lists compact)."""
    return tuple(word.strip() for word in text.split(","))


SUNDA = "sunda"
JAWA = "jawa"
NTT = "ntt"
BUGIS = "bugis"
CULTURES = (SUNDA, JAWA, NTT, BUGIS)
MUSLIM = frozenset({SUNDA, JAWA, BUGIS})

# Rural regencies (Kemendagri codes) where each naming tradition is the usual one.
REGENCIES: dict[str, tuple[str, ...]] = {
    SUNDA: ("32.05", "32.06", "32.03", "32.11", "32.07", "32.02"),
    JAWA: ("33.02", "33.07", "33.09", "33.12", "34.03", "35.07"),
    NTT: ("53.02", "53.03", "53.07", "53.06", "53.11", "53.10"),
    BUGIS: ("73.08", "73.13", "73.15", "73.11", "73.12", "73.14"),
}

# --- people -------------------------------------------------------------------------------

FIRST_WOMEN: dict[str, tuple[str, ...]] = {
    SUNDA: _words(
        "Euis, Neneng, Iis, Imas, Cucu, Enok, Lilis, Popon, Yati, Tati, Nining, Enung, Entin, "
        "Elis, Dedeh, Ai, Eti, Cicih, Yuyun, Oom, Nenden, Wiwin, Titin, Eem"
    ),
    JAWA: _words(
        "Sri, Siti, Tri, Endang, Sumiyati, Suparmi, Wartini, Tumini, Sulastri, Sumarni, Ngatini, "
        "Painem, Lestari, Wahyuni, Dwi, Rini, Yuli, Suwarni, Sukini, Parmi, Warsih, Kasiyem"
    ),
    NTT: _words(
        "Maria, Yohana, Agustina, Florentina, Marta, Margaretha, Yuliana, Veronika, Elisabeth, "
        "Katarina, Theresia, Antonia, Fransiska, Ester, Debora, Regina, Magdalena, Paulina, "
        "Sisilia, Wilhelmina"
    ),
    BUGIS: _words(
        "Hasnah, Nurhaedah, Sitti, Hasmawati, Rosmiati, Darmawati, Nurhayati, Rahmatia, Suriani, "
        "Hasriani, Fatmawati, Hadijah, Nurmiati, Rosdiana, Jumriani, Haslinda, Besse, Hamsiah, "
        "Sumarni, Mardiana"
    ),
}

FIRST_MEN: dict[str, tuple[str, ...]] = {
    SUNDA: _words(
        "Asep, Ujang, Dadang, Cecep, Dede, Encep, Aep, Iwan, Yayan, Deden, Ade, Agus, Engkus, "
        "Usep, Jajang, Dadan, Ading, Odih, Maman, Wawan, Ayi, Tatang, Oman, Udin"
    ),
    JAWA: _words(
        "Slamet, Joko, Budi, Bambang, Sugeng, Paijo, Suparno, Sutrisno, Mulyono, Sukardi, Heru, "
        "Agus, Darmadi, Wagiman, Tukiman, Eko, Puji, Sarno, Parman, Suyatno, Warsito, Giyono"
    ),
    NTT: _words(
        "Yohanes, Petrus, Paulus, Markus, Yosef, Fransiskus, Agustinus, Stefanus, Dominikus, "
        "Simon, Daniel, Yakobus, Aloysius, Kornelis, Marthen, Benediktus, Yeremias, Matias, Lukas, "
        "Nikolaus"
    ),
    BUGIS: _words(
        "Baharuddin, Syamsuddin, Jamaluddin, Amiruddin, Hasanuddin, Sudirman, Arifin, Alimuddin, "
        "Nasrullah, Basri, Ilham, Hamzah, Mustari, Rusdi, Haeruddin, Saharuddin, Kamaruddin, "
        "Muhlis, Syarifuddin, Darwis, Ambo Upe, La Baco"
    ),
}

# Second parts: family names in NTT, father's or given second names elsewhere.
SECOND_WOMEN: dict[str, tuple[str, ...]] = {
    SUNDA: _words(
        "Komariah, Hasanah, Rohmah, Nurhayati, Sumiati, Kurniasih, Rahmawati, Marlina, Maryam, "
        "Juariah, Rukmini, Aisyah, Sopiah, Nurjanah"
    ),
    JAWA: _words(
        "Wahyuningsih, Rahayu, Lestari, Handayani, Utami, Sulistyowati, Purwanti, Suryani, "
        "Rahmawati, Astuti, Mulyani, Susanti"
    ),
    NTT: _words(
        "Tefa, Nenobais, Banunaek, Taneo, Nahak, Seran, Bria, Klau, Mau, Bere, Tallo, Manafe, "
        "Ndun, Benu, Parera, da Costa, Wangge, Sogen, Kedang, Woda, Lewar, Djogo"
    ),
    BUGIS: _words("Kadir, Hamid, Saleh, Amir, Nur, Tahir, Latif, Rauf, Sanusi"),
}

SECOND_MEN: dict[str, tuple[str, ...]] = {
    SUNDA: _words(
        "Saepudin, Suherman, Sutisna, Hidayat, Rohman, Kurniawan, Sopandi, Mulyana, Setiawan, "
        "Permana, Supriatna, Hermawan, Nurjaman, Gunawan"
    ),
    JAWA: _words(
        "Santoso, Widodo, Prasetyo, Susanto, Wibowo, Haryanto, Nugroho, Setiawan, Raharjo, "
        "Purnomo, Sugiarto, Riyanto"
    ),
    NTT: _words(
        "Tefa, Nenobais, Banunaek, Taneo, Nahak, Seran, Bria, Klau, Mau, Bere, Tallo, Manafe, "
        "Ndun, Benu, Parera, da Costa, Wangge, Sogen, Kedang, Woda, Lewar, Djogo"
    ),
    BUGIS: _words("Kadir, Hamid, Saleh, Tahir, Latif, Rauf, Sanusi, Sulaiman, Karim, Lato, Beddu"),
}

# Names more common among people born after the early 1990s.
YOUNG_WOMEN_MUSLIM = _words("Putri, Nisa, Intan, Dinda, Ayu, Nabila, Fitri, Tiara, Rina, Dewi")
YOUNG_MEN_MUSLIM = _words("Rizki, Fajar, Aditya, Dimas, Bayu, Andika, Reza, Yoga, Hendra, Irfan")
YOUNG_WOMEN_NTT = _words("Yunita, Meliana, Oktaviana, Selvi, Novi, Ririn, Angelina, Yasinta, Evi")
YOUNG_MEN_NTT = _words("Yoakim, Gregorius, Riko, Jefri, Oktavianus, Frengky, Marselinus, Aldo")

HAMLETS: dict[str, tuple[str, ...]] = {
    SUNDA: _words(
        "Cibeureum, Cikoneng, Babakan, Sukamaju, Sukamanah, Pasirjaya, Cigugur, Kaum, Cilimus, "
        "Sindangsari, Mekarsari, Cijambu, Leuwisari, Ciherang"
    ),
    JAWA: _words(
        "Krajan, Karanganyar, Ngemplak, Sidorejo, Kedungsari, Tegalrejo, Ngaglik, Sumberejo, "
        "Gondang, Banaran, Jatisari, Pucung, Kalisari, Wonorejo"
    ),
    NTT: _words(
        "Oenunu, Oelnasi, Nunbena, Fatukoa, Tuamese, Oebola, Wolorega, Nangablo, Watubala, "
        "Lewomuda, Tanalodu, Bokong"
    ),
    BUGIS: _words(
        "Bulu, Tanete, Lapasu, Lempang, Waru, Cenrana, Padaelo, Lapajung, Bottoe, Massenreng, "
        "Labuaja, Kampiri"
    ),
}

# (occupation, weight, who): who is "f" (women only), "m" (men only) or "" (anyone)
OCCUPATIONS: dict[str, tuple[tuple[str, int, str], ...]] = {
    SUNDA: (
        ("petani", 30, ""),
        ("buruh tani", 14, ""),
        ("pedagang", 8, ""),
        ("peternak", 5, "m"),
        ("perajin anyaman", 5, ""),
        ("guru", 3, ""),
        ("tukang bangunan", 5, "m"),
        ("pengemudi ojek", 4, "m"),
        ("karyawan swasta", 4, ""),
        ("ibu rumah tangga", 22, "f"),
        ("penjahit", 3, "f"),
        ("perangkat desa", 2, ""),
    ),
    JAWA: (
        ("petani", 32, ""),
        ("buruh tani", 14, ""),
        ("pedagang", 9, ""),
        ("peternak", 6, "m"),
        ("perajin", 3, ""),
        ("guru", 3, ""),
        ("tukang kayu", 4, "m"),
        ("pengemudi ojek", 3, "m"),
        ("buruh pabrik", 4, ""),
        ("ibu rumah tangga", 20, "f"),
        ("penjahit", 3, "f"),
        ("perangkat desa", 2, ""),
    ),
    NTT: (
        ("petani", 36, ""),
        ("peternak", 10, ""),
        ("nelayan", 6, "m"),
        ("penenun", 12, "f"),
        ("pedagang", 5, ""),
        ("guru", 4, ""),
        ("tukang kayu", 4, "m"),
        ("ibu rumah tangga", 10, "f"),
        ("pembudidaya rumput laut", 4, ""),
        ("pengemudi ojek", 3, "m"),
        ("perangkat desa", 2, ""),
    ),
    BUGIS: (
        ("petani", 30, ""),
        ("nelayan", 12, "m"),
        ("pembudidaya rumput laut", 6, ""),
        ("pedagang", 10, ""),
        ("petambak", 5, "m"),
        ("ibu rumah tangga", 16, "f"),
        ("guru", 3, ""),
        ("tukang kayu", 3, "m"),
        ("penjahit", 3, "f"),
        ("sopir", 3, "m"),
        ("perangkat desa", 2, ""),
    ),
}

MOBILE_PREFIXES = _words("0812, 0813, 0821, 0822, 0852, 0853, 0857, 0878, 0895")

# --- groups -------------------------------------------------------------------------------

FARMER_GROUP_NAMES: dict[str, tuple[str, ...]] = {
    SUNDA: _words("Mekar Tani, Saluyu, Sri Mukti, Tani Mulya, Sugih Mukti, Harapan Jaya"),
    JAWA: _words("Sumber Rejeki, Ngudi Makmur, Tani Maju, Sido Mulyo, Rukun Tani"),
    NTT: _words("Tunas Harapan, Sehati, Fajar Timur, Ora et Labora, Harapan Baru"),
    BUGIS: _words("Sipakainge, Sipatuo, Tani Sejahtera, Padaidi, Tunas Baru"),
}
WOMEN_FARMER_NAMES = _words("Melati, Mawar, Sekar Arum, Anggrek, Kenanga, Dahlia")
YOUTH_NAMES = _words("Tunas Muda, Bina Remaja, Putra Harapan, Tunas Bangsa, Citra Muda")
ENTERPRISE_NAMES = _words("Maju Bersama, Sejahtera, Mandiri, Berkah, Makmur")
FISHER_NAMES = _words("Bahari, Samudra Jaya, Camar Laut, Pantai Indah, Sinar Laut")
SAVINGS_NAMES = _words("Sejahtera, Mekar Sari, Harapan Ibu, Sumber Makmur")
MUSLIM_CIRCLES = _words("Al-Hidayah, Nurul Iman, Al-Ikhlas, At-Taqwa, Miftahul Jannah")
CHRISTIAN_CIRCLES = _words("Santo Yosef, Santa Maria, Santo Petrus, Santo Mikael, Santa Ana")

# --- program themes -----------------------------------------------------------------------

COMMUNITY = FundingSource.COMMUNITY
OUTSIDE = FundingSource.OUTSIDE
MONEY = ContributionKind.MONEY
LABOUR = ContributionKind.LABOUR
MATERIAL = ContributionKind.MATERIAL


@dataclass(frozen=True)
class Line:
    """A budget line pattern; a community labour line is valued at the village's day rate."""

    description: str
    source: FundingSource
    kind: ContributionKind
    unit: str
    unit_value: int  # Rupiah
    source_name: str = ""  # "" = the theme's agency (outside) or swadaya (community)
    weight: float = 1.0


def gotong_royong(weight: float = 1.0) -> Line:
    return Line("Tenaga kerja gotong royong", COMMUNITY, LABOUR, "HOK", 0, weight=weight)


@dataclass(frozen=True)
class Step:
    """An activity of the action plan, with its length, its predecessors and its budget."""

    title: str
    days: int
    after: tuple[int, ...]
    lines: tuple[Line, ...]
    milestone: bool = False


@dataclass(frozen=True)
class IndicatorSpec:
    goal: Goal
    name: str
    unit: str
    baseline: tuple[float, float]
    target: tuple[float, float]
    direction: IndicatorDirection = IndicatorDirection.INCREASE


@dataclass(frozen=True)
class Theme:
    key: str
    name: str
    description: str
    cultures: frozenset[str]
    group_kind: GroupKind  # the group that carries it
    group_prefix: str  # "" = carried by the village's existing group of that kind
    group_names: tuple[str, ...]
    women_share: float  # of that group's members
    agency: str  # the outside agency, followed by the regency's name
    problem: str
    problem_detail: str
    problem_kind: NeedKind
    alternatives: tuple[tuple[str, int], ...]  # title, cost in juta; the first wins
    training: str
    steps: tuple[Step, ...]
    indicators: tuple[IndicatorSpec, ...]
    asset: str
    budget: tuple[int, int]  # total, in juta Rupiah
    tag: str  # a village problem with the same tag is this theme's problem


ALL = frozenset(CULTURES)
G = Goal
DEC = IndicatorDirection.DECREASE

THEMES: tuple[Theme, ...] = (
    Theme(
        key="lele",
        name="Budidaya lele bioflok",
        description=(
            "Kelompok pembudidaya memelihara lele di kolam bundar sistem bioflok di pekarangan "
            "sempit, untuk menambah penghasilan keluarga dan gizi anak."
        ),
        cultures=ALL,
        group_kind=GroupKind.FISHERS,
        group_prefix="Pokdakan",
        group_names=("Mina Jaya", "Mina Lestari", "Mina Sejahtera", "Mina Makmur"),
        women_share=0.35,
        agency="Dinas Perikanan",
        problem="Pemuda dan ibu rumah tangga tidak punya penghasilan tetap",
        problem_detail=(
            "Banyak pemuda menganggur selepas sekolah dan pekarangan sempit, sehingga sulit "
            "berusaha tani."
        ),
        problem_kind=NeedKind.PROBLEM,
        alternatives=(
            ("Budidaya lele bioflok di pekarangan", 60),
            ("Pelatihan menjahit dan konveksi rumahan", 45),
            ("Ternak ayam kampung kelompok", 50),
        ),
        training="Pelatihan budidaya lele sistem bioflok",
        steps=(
            Step(
                "Penguatan kelompok pembudidaya",
                14,
                (),
                (Line("Iuran awal anggota kelompok", COMMUNITY, MONEY, "orang", 50_000, "", 0.3),),
            ),
            Step(
                "Pelatihan budidaya lele bioflok",
                5,
                (0,),
                (
                    Line("Narasumber dan modul pelatihan", OUTSIDE, MONEY, "paket", 2_500_000),
                    gotong_royong(0.3),
                ),
            ),
            Step(
                "Pembuatan kolam bundar dan instalasi aerator",
                21,
                (1,),
                (
                    Line(
                        "Kolam terpal bundar diameter 3 m",
                        OUTSIDE,
                        MATERIAL,
                        "unit",
                        2_750_000,
                        "Dana Desa",
                        2.0,
                    ),
                    Line(
                        "Aerator dan instalasi listrik",
                        OUTSIDE,
                        MATERIAL,
                        "set",
                        1_200_000,
                        "Dana Desa",
                    ),
                    gotong_royong(1.5),
                    Line("Kayu dan bambu rangka kolam", COMMUNITY, MATERIAL, "batang", 25_000),
                ),
            ),
            Step(
                "Penebaran benih lele",
                3,
                (2,),
                (
                    Line("Benih lele ukuran 7–9 cm", OUTSIDE, MATERIAL, "ekor", 350),
                    Line("Probiotik dan molase", OUTSIDE, MATERIAL, "paket", 450_000, "", 0.3),
                ),
                milestone=True,
            ),
            Step(
                "Pemeliharaan dan pemberian pakan",
                90,
                (3,),
                (
                    Line(
                        "Pakan pelet apung", OUTSIDE, MATERIAL, "karung", 375_000, "Dana Desa", 2.0
                    ),
                    gotong_royong(1.5),
                    Line("Tambahan pakan dari kas kelompok", COMMUNITY, MONEY, "bulan", 500_000),
                ),
            ),
            Step(
                "Panen dan pemasaran bersama",
                14,
                (4,),
                (
                    gotong_royong(0.5),
                    Line(
                        "Timbangan dan wadah panen", COMMUNITY, MATERIAL, "paket", 600_000, "", 0.3
                    ),
                ),
            ),
        ),
        indicators=(
            IndicatorSpec(G.BUSINESS, "Kolam bioflok yang berproduksi", "kolam", (0, 0), (6, 12)),
            IndicatorSpec(
                G.INCOME,
                "Tambahan pendapatan anggota per bulan",
                "Rp",
                (0, 150_000),
                (600_000, 1_200_000),
            ),
            IndicatorSpec(
                G.INSTITUTIONS, "Pertemuan rutin kelompok per bulan", "kali", (0, 1), (2, 4)
            ),
            IndicatorSpec(
                G.ENVIRONMENT,
                "Air limbah kolam yang dipakai memupuk tanaman",
                "%",
                (0, 10),
                (60, 90),
            ),
            IndicatorSpec(
                G.LIVING,
                "Keluarga anggota yang makan ikan 3 kali seminggu",
                "%",
                (20, 40),
                (60, 85),
            ),
        ),
        asset="Kolam bioflok, aerator dan peralatan panen",
        budget=(30, 110),
        tag="usaha",
    ),
    Theme(
        key="air",
        name="Air bersih dan sanitasi",
        description=(
            "Warga membangun sarana air bersih dari mata air — bak penangkap dan jaringan pipa "
            "ke dusun — disertai jamban sehat dan kebiasaan cuci tangan pakai sabun."
        ),
        cultures=ALL,
        group_kind=GroupKind.OTHER,
        group_prefix="KPSPAMS",
        group_names=("Tirta Mulya", "Tirta Lestari", "Tirta Makmur", "Tirta Sejahtera"),
        women_share=0.4,
        agency="Dinas Pekerjaan Umum dan Penataan Ruang",
        problem="Sulit mendapat air bersih di musim kemarau",
        problem_detail=(
            "Ibu-ibu dan anak-anak berjalan jauh ke mata air; sebagian keluarga masih buang air "
            "di kebun atau sungai."
        ),
        problem_kind=NeedKind.NEED,
        alternatives=(
            ("Perpipaan dari mata air dengan bak penampung", 180),
            ("Sumur bor dengan pompa tenaga surya", 150),
            ("Penampungan air hujan di setiap rumah", 90),
        ),
        training="Pelatihan pengelolaan air minum dan sanitasi berbasis masyarakat",
        steps=(
            Step("Survei mata air dan jalur pipa bersama warga", 10, (), (gotong_royong(0.4),)),
            Step(
                "Pembentukan pengurus KPSPAMS dan iuran pemakai",
                14,
                (0,),
                (Line("Iuran sambungan rumah", COMMUNITY, MONEY, "KK", 100_000, "", 0.8),),
            ),
            Step(
                "Pembangunan bak penangkap mata air",
                30,
                (0,),
                (
                    Line(
                        "Semen, pasir dan besi beton",
                        OUTSIDE,
                        MATERIAL,
                        "paket",
                        8_500_000,
                        "Dana Desa",
                        1.5,
                    ),
                    gotong_royong(1.5),
                    Line("Batu kali dan pasir sungai", COMMUNITY, MATERIAL, "m³", 150_000),
                ),
            ),
            Step(
                "Pemasangan jaringan pipa ke dusun",
                45,
                (1, 2),
                (
                    Line("Pipa PVC 2 inci", OUTSIDE, MATERIAL, "batang", 185_000, "", 2.5),
                    Line("Aksesori pipa dan kran umum", OUTSIDE, MATERIAL, "paket", 4_000_000),
                    gotong_royong(2.0),
                ),
            ),
            Step(
                "Pembangunan jamban sehat keluarga",
                45,
                (1,),
                (
                    Line(
                        "Kloset dan bahan jamban",
                        OUTSIDE,
                        MATERIAL,
                        "unit",
                        1_250_000,
                        "Dana Desa",
                        1.5,
                    ),
                    gotong_royong(1.0),
                    Line("Kayu dan seng dari warga", COMMUNITY, MATERIAL, "paket", 200_000),
                ),
            ),
            Step(
                "Kampanye cuci tangan pakai sabun",
                20,
                (3,),
                (
                    Line("Konsumsi pertemuan warga", COMMUNITY, MONEY, "kali", 300_000, "", 0.3),
                    Line("Media penyuluhan", OUTSIDE, MONEY, "paket", 1_500_000, "Puskesmas", 0.2),
                ),
            ),
        ),
        indicators=(
            IndicatorSpec(
                G.LIVING, "Keluarga yang mendapat air bersih dekat rumah", "%", (25, 45), (80, 95)
            ),
            IndicatorSpec(
                G.ENVIRONMENT,
                "Keluarga yang masih buang air besar sembarangan",
                "%",
                (30, 55),
                (0, 10),
                DEC,
            ),
            IndicatorSpec(
                G.INSTITUTIONS,
                "Iuran pemakai air yang terkumpul tiap bulan",
                "%",
                (0, 0),
                (70, 90),
            ),
            IndicatorSpec(
                G.LIVING, "Waktu mengambil air per hari", "menit", (60, 120), (10, 20), DEC
            ),
            IndicatorSpec(
                G.COMMUNITY, "Warga yang ikut kerja bakti pemeliharaan", "%", (20, 35), (50, 70)
            ),
        ),
        asset="Bak penangkap mata air, jaringan pipa dan kran umum",
        budget=(100, 290),
        tag="air",
    ),
    Theme(
        key="bambu",
        name="Kerajinan anyaman bambu",
        description=(
            "Perajin mengolah bambu dari kebun warga menjadi anyaman bernilai jual (besek, "
            "tudung saji, kap lampu) dan memasarkannya bersama lewat BUMDes."
        ),
        cultures=frozenset({SUNDA, JAWA}),
        group_kind=GroupKind.BUSINESS,
        group_prefix="Kelompok Perajin",
        group_names=("Bambu Lestari", "Karya Mandiri", "Anyam Sari", "Pring Sewu"),
        women_share=0.6,
        agency="Dinas Perindustrian dan Perdagangan",
        problem="Bambu melimpah tetapi dijual murah tanpa diolah",
        problem_detail=(
            "Rumpun bambu ada di hampir setiap kebun, tetapi dijual batangan ke pengepul dengan "
            "harga rendah."
        ),
        problem_kind=NeedKind.PROBLEM,
        alternatives=(
            ("Kerajinan anyaman bambu bernilai jual", 45),
            ("Penjualan bambu batangan lewat BUMDes", 20),
            ("Pembuatan mebel bambu", 70),
        ),
        training="Pelatihan desain dan teknik anyaman bambu",
        steps=(
            Step("Pendataan perajin dan rumpun bambu", 10, (), (gotong_royong(0.3),)),
            Step(
                "Pelatihan desain dan teknik anyaman",
                10,
                (0,),
                (
                    Line("Pelatih dan bahan praktik", OUTSIDE, MONEY, "paket", 3_000_000),
                    gotong_royong(0.5),
                ),
            ),
            Step(
                "Pengadaan alat raut dan bak pengawetan",
                14,
                (0,),
                (
                    Line("Alat raut, gergaji dan pisau anyam", OUTSIDE, MATERIAL, "set", 850_000),
                    Line(
                        "Bak perendaman dan bahan pengawet",
                        OUTSIDE,
                        MATERIAL,
                        "paket",
                        2_500_000,
                        "Dana Desa",
                    ),
                    Line("Bambu tali dan bambu hitam", COMMUNITY, MATERIAL, "batang", 15_000),
                ),
            ),
            Step(
                "Produksi bersama di rumah produksi",
                60,
                (1, 2),
                (
                    gotong_royong(2.0),
                    Line("Bambu dari kebun warga", COMMUNITY, MATERIAL, "batang", 15_000),
                    Line("Pewarna dan pernis", OUTSIDE, MATERIAL, "kaleng", 95_000),
                ),
            ),
            Step(
                "Pameran dan penjualan lewat BUMDes dan toko daring",
                21,
                (3,),
                (
                    Line("Sewa stan pameran", OUTSIDE, MONEY, "kali", 1_500_000),
                    Line("Ongkos kirim contoh produk", COMMUNITY, MONEY, "paket", 250_000, "", 0.3),
                ),
            ),
        ),
        indicators=(
            IndicatorSpec(
                G.BUSINESS, "Produk anyaman terjual per bulan", "buah", (0, 20), (150, 300)
            ),
            IndicatorSpec(
                G.INCOME,
                "Tambahan pendapatan perajin per bulan",
                "Rp",
                (100_000, 250_000),
                (600_000, 1_000_000),
            ),
            IndicatorSpec(
                G.INSTITUTIONS,
                "Mitra pembeli tetap (toko, pengepul, daring)",
                "mitra",
                (0, 1),
                (3, 6),
            ),
            IndicatorSpec(
                G.ENVIRONMENT, "Rumpun bambu baru yang ditanam", "rumpun", (0, 0), (50, 150)
            ),
        ),
        asset="Rumah produksi, alat anyam dan stok bahan",
        budget=(25, 90),
        tag="bambu",
    ),
    Theme(
        key="sampah",
        name="Bank sampah",
        description=(
            "Rumah tangga memilah sampah; yang anorganik ditabung di bank sampah dan dijual ke "
            "pengepul, yang organik dijadikan kompos."
        ),
        cultures=ALL,
        group_kind=GroupKind.OTHER,
        group_prefix="Bank Sampah",
        group_names=("Berseri", "Bersinar", "Hijau Lestari", "Resik"),
        women_share=0.7,
        agency="Dinas Lingkungan Hidup",
        problem="Sampah plastik menumpuk di selokan dan sungai",
        problem_detail=(
            "Sampah rumah tangga dibakar atau dibuang ke sungai; saluran tersumbat setiap musim "
            "hujan."
        ),
        problem_kind=NeedKind.PROBLEM,
        alternatives=(
            ("Bank sampah dan pengomposan sampah organik", 35),
            ("Tempat pembuangan sementara dan angkutan sampah", 80),
            ("Kerja bakti membersihkan sungai setiap bulan", 10),
        ),
        training="Pelatihan pengelolaan bank sampah",
        steps=(
            Step(
                "Sosialisasi pemilahan sampah per RT",
                14,
                (),
                (
                    gotong_royong(0.5),
                    Line("Konsumsi pertemuan RT", COMMUNITY, MONEY, "kali", 250_000, "", 0.3),
                ),
            ),
            Step(
                "Pelatihan pengelolaan bank sampah",
                5,
                (0,),
                (Line("Narasumber dan buku tabungan sampah", OUTSIDE, MONEY, "paket", 2_000_000),),
            ),
            Step(
                "Penyiapan gudang dan timbangan",
                21,
                (1,),
                (
                    Line(
                        "Timbangan gantung dan timbangan duduk",
                        OUTSIDE,
                        MATERIAL,
                        "unit",
                        1_100_000,
                        "Dana Desa",
                    ),
                    Line("Karung dan rak pemilahan", OUTSIDE, MATERIAL, "paket", 1_800_000),
                    Line(
                        "Gudang pinjaman warga (nilai sewa)", COMMUNITY, MATERIAL, "bulan", 300_000
                    ),
                    gotong_royong(0.8),
                ),
            ),
            Step(
                "Penimbangan dan tabungan sampah rutin",
                90,
                (2,),
                (
                    gotong_royong(1.5),
                    Line(
                        "Insentif petugas penimbang", OUTSIDE, MONEY, "bulan", 400_000, "Dana Desa"
                    ),
                ),
            ),
            Step(
                "Pengomposan sampah organik",
                60,
                (2,),
                (
                    Line("Komposter dan bioaktivator", OUTSIDE, MATERIAL, "unit", 650_000),
                    gotong_royong(0.8),
                ),
            ),
            Step(
                "Kerja sama dengan pengepul dan perajin daur ulang",
                14,
                (3,),
                (Line("Transpor ke pengepul", COMMUNITY, MONEY, "kali", 150_000, "", 0.3),),
                milestone=True,
            ),
        ),
        indicators=(
            IndicatorSpec(
                G.ENVIRONMENT, "Sampah anorganik terkumpul per bulan", "kg", (0, 0), (300, 800)
            ),
            IndicatorSpec(G.COMMUNITY, "Rumah tangga nasabah bank sampah", "KK", (0, 0), (60, 150)),
            IndicatorSpec(
                G.INCOME, "Saldo tabungan sampah nasabah", "Rp", (0, 0), (3_000_000, 8_000_000)
            ),
            IndicatorSpec(
                G.INSTITUTIONS, "Pengurus bank sampah yang aktif", "orang", (0, 2), (7, 12)
            ),
        ),
        asset="Gudang, timbangan dan komposter",
        budget=(20, 60),
        tag="sampah",
    ),
    Theme(
        key="organik",
        name="Pertanian organik",
        description=(
            "Petani belajar di sekolah lapang membuat kompos, pupuk cair dan pestisida nabati, "
            "lalu mencobanya di demplot padi organik."
        ),
        cultures=ALL,
        group_kind=GroupKind.FARMERS,
        group_prefix="",
        group_names=(),
        women_share=0.3,
        agency="Dinas Pertanian",
        problem="Biaya pupuk kimia tinggi dan tanah makin keras",
        problem_detail=(
            "Petani bergantung pada pupuk dan pestisida kimia; hasil panen turun dan pupuk "
            "bersubsidi sering langka."
        ),
        problem_kind=NeedKind.PROBLEM,
        alternatives=(
            ("Pertanian organik dengan kompos dan pestisida nabati", 55),
            ("Pengadaan pupuk kimia bersama lewat BUMDes", 40),
            ("Sistem tanam jajar legowo", 25),
        ),
        training="Sekolah lapang pertanian organik",
        steps=(
            Step(
                "Sekolah lapang pertanian organik",
                30,
                (),
                (
                    Line("Pemandu lapang dan bahan belajar", OUTSIDE, MONEY, "paket", 4_500_000),
                    gotong_royong(0.8),
                ),
            ),
            Step(
                "Pembangunan rumah kompos",
                21,
                (0,),
                (
                    Line(
                        "Atap, tiang dan terpal rumah kompos",
                        OUTSIDE,
                        MATERIAL,
                        "paket",
                        6_500_000,
                        "Dana Desa",
                    ),
                    gotong_royong(1.0),
                    Line("Kayu dan bambu", COMMUNITY, MATERIAL, "batang", 30_000),
                ),
            ),
            Step(
                "Produksi kompos dan pupuk organik cair",
                45,
                (1,),
                (
                    Line("Kotoran ternak dan jerami", COMMUNITY, MATERIAL, "karung", 10_000),
                    Line("Mesin pencacah", OUTSIDE, MATERIAL, "unit", 8_500_000),
                    gotong_royong(1.2),
                ),
            ),
            Step(
                "Pembuatan pestisida nabati",
                14,
                (0,),
                (
                    Line("Daun mimba, serai dan bawang", COMMUNITY, MATERIAL, "kg", 8_000, "", 0.4),
                    gotong_royong(0.4),
                ),
            ),
            Step(
                "Demplot padi organik",
                110,
                (2, 3),
                (
                    Line("Benih padi unggul", OUTSIDE, MATERIAL, "kg", 14_000, "", 0.4),
                    gotong_royong(2.0),
                    Line(
                        "Sewa lahan demplot (swadaya pemilik)",
                        COMMUNITY,
                        MATERIAL,
                        "musim",
                        1_500_000,
                    ),
                ),
            ),
            Step(
                "Penjajakan pasar beras organik",
                30,
                (4,),
                (
                    Line("Pendampingan sertifikasi organik", OUTSIDE, MONEY, "paket", 3_000_000),
                    Line("Kemasan dan label", COMMUNITY, MONEY, "paket", 400_000, "", 0.3),
                ),
            ),
        ),
        indicators=(
            IndicatorSpec(G.BUSINESS, "Luas lahan yang dikelola organik", "ha", (0, 1), (8, 20)),
            IndicatorSpec(
                G.INCOME,
                "Biaya pupuk per hektare per musim",
                "Rp",
                (2_500_000, 3_500_000),
                (1_000_000, 1_600_000),
                DEC,
            ),
            IndicatorSpec(
                G.ENVIRONMENT,
                "Pestisida kimia yang dipakai per musim",
                "liter",
                (40, 80),
                (5, 15),
                DEC,
            ),
            IndicatorSpec(
                G.INSTITUTIONS, "Anggota yang menerapkan cara organik", "orang", (0, 3), (20, 40)
            ),
        ),
        asset="Rumah kompos dan mesin pencacah",
        budget=(40, 150),
        tag="pupuk",
    ),
    Theme(
        key="tenun",
        name="Tenun ikat dan pewarna alam",
        description=(
            "Mama-mama penenun menghidupkan kembali pewarna alam, menanam kebun pewarna dan "
            "menjual kain bersama, tidak lagi lewat tengkulak."
        ),
        cultures=frozenset({NTT}),
        group_kind=GroupKind.BUSINESS,
        group_prefix="Kelompok Tenun",
        group_names=("Ina Kreatif", "Bunga Lontar", "Sinar Tenun", "Lamaholot Indah"),
        women_share=0.95,
        agency="Dinas Perindustrian dan Perdagangan",
        problem="Kain tenun dijual ke tengkulak dengan harga rendah",
        problem_detail=(
            "Penenun membeli benang mahal dan menjual kain sebelum selesai karena butuh uang "
            "sekolah anak."
        ),
        problem_kind=NeedKind.PROBLEM,
        alternatives=(
            ("Kelompok tenun ikat dengan pewarna alam dan pemasaran bersama", 70),
            ("Koperasi benang", 50),
            ("Galeri tenun di desa", 90),
        ),
        training="Pelatihan pewarna alam tarum dan mengkudu",
        steps=(
            Step("Penguatan kelompok dan pencatatan motif", 14, (), (gotong_royong(0.4),)),
            Step(
                "Pelatihan pewarna alam",
                7,
                (0,),
                (
                    Line("Pelatih dan bahan praktik", OUTSIDE, MONEY, "paket", 3_500_000),
                    Line(
                        "Daun tarum dan akar mengkudu", COMMUNITY, MATERIAL, "ikat", 10_000, "", 0.3
                    ),
                ),
            ),
            Step(
                "Penanaman kebun pewarna alam",
                30,
                (1,),
                (
                    gotong_royong(0.8),
                    Line("Bibit tarum, mengkudu dan kapas", OUTSIDE, MATERIAL, "polybag", 3_000),
                ),
            ),
            Step(
                "Pengadaan benang dan alat tenun",
                14,
                (0,),
                (
                    Line("Benang katun", OUTSIDE, MATERIAL, "kg", 120_000, "Dana Desa", 1.5),
                    Line("Alat tenun gedogan", OUTSIDE, MATERIAL, "unit", 750_000),
                ),
            ),
            Step(
                "Produksi kain tenun",
                120,
                (1, 3),
                (
                    gotong_royong(2.5),
                    Line("Benang dan alat milik penenun", COMMUNITY, MATERIAL, "paket", 250_000),
                ),
            ),
            Step(
                "Pemasaran lewat pameran dan toko daring",
                30,
                (4,),
                (
                    Line("Pameran di kota kabupaten", OUTSIDE, MONEY, "kali", 2_500_000),
                    Line("Kemasan dan label", COMMUNITY, MONEY, "paket", 300_000, "", 0.3),
                ),
            ),
        ),
        indicators=(
            IndicatorSpec(G.BUSINESS, "Kain tenun terjual per bulan", "lembar", (2, 6), (15, 30)),
            IndicatorSpec(
                G.INCOME,
                "Harga jual rata-rata per lembar",
                "Rp",
                (400_000, 600_000),
                (900_000, 1_500_000),
            ),
            IndicatorSpec(G.ENVIRONMENT, "Kain yang memakai pewarna alam", "%", (5, 20), (50, 80)),
            IndicatorSpec(
                G.INSTITUTIONS, "Penenun yang tergabung dalam kelompok", "orang", (5, 10), (20, 35)
            ),
        ),
        asset="Alat tenun, kebun pewarna dan stok benang",
        budget=(35, 120),
        tag="tenun",
    ),
    Theme(
        key="rumput_laut",
        name="Budidaya rumput laut",
        description=(
            "Nelayan kecil membudidayakan rumput laut dengan metode tali panjang, sebagai "
            "penghasilan saat musim angin barat."
        ),
        cultures=frozenset({NTT, BUGIS}),
        group_kind=GroupKind.FISHERS,
        group_prefix="Kelompok Pembudidaya",
        group_names=("Bahari", "Samudra Jaya", "Pantai Indah", "Bintang Laut"),
        women_share=0.4,
        agency="Dinas Kelautan dan Perikanan",
        problem="Hasil tangkapan nelayan kecil terus menurun",
        problem_detail=(
            "Nelayan melaut makin jauh; pada musim angin barat hampir tidak ada penghasilan."
        ),
        problem_kind=NeedKind.PROBLEM,
        alternatives=(
            ("Budidaya rumput laut metode tali panjang", 80),
            ("Bantuan perahu dan mesin tempel", 150),
            ("Pengolahan ikan asin dan abon ikan", 40),
        ),
        training="Pelatihan budidaya rumput laut",
        steps=(
            Step("Pemetaan lokasi budidaya bersama nelayan", 7, (), (gotong_royong(0.3),)),
            Step(
                "Pelatihan budidaya rumput laut",
                5,
                (0,),
                (Line("Pelatih dan bahan", OUTSIDE, MONEY, "paket", 2_500_000),),
            ),
            Step(
                "Pengadaan tali, pelampung dan jangkar",
                14,
                (1,),
                (
                    Line(
                        "Tali PE dan tali ris", OUTSIDE, MATERIAL, "rol", 450_000, "Dana Desa", 1.5
                    ),
                    Line("Pelampung botol dan jangkar", OUTSIDE, MATERIAL, "paket", 3_500_000),
                    Line("Bambu dan kayu patok", COMMUNITY, MATERIAL, "batang", 20_000),
                ),
            ),
            Step(
                "Pengikatan dan penanaman bibit",
                14,
                (2,),
                (
                    Line("Bibit rumput laut", OUTSIDE, MATERIAL, "kg", 6_000),
                    gotong_royong(1.2),
                ),
                milestone=True,
            ),
            Step(
                "Pemeliharaan dan panen",
                45,
                (3,),
                (
                    gotong_royong(1.5),
                    Line(
                        "Perahu milik nelayan (sewa swadaya)", COMMUNITY, MATERIAL, "hari", 100_000
                    ),
                ),
            ),
            Step(
                "Pembuatan para-para penjemuran",
                14,
                (2,),
                (
                    Line("Jaring dan kayu para-para", OUTSIDE, MATERIAL, "unit", 1_500_000),
                    gotong_royong(0.6),
                ),
            ),
        ),
        indicators=(
            IndicatorSpec(
                G.BUSINESS, "Bentangan tali yang ditanami", "bentang", (0, 0), (100, 300)
            ),
            IndicatorSpec(
                G.INCOME,
                "Pendapatan pembudidaya per siklus panen",
                "Rp",
                (0, 0),
                (1_500_000, 3_000_000),
            ),
            IndicatorSpec(
                G.ENVIRONMENT,
                "Nelayan yang berhenti memakai alat tangkap merusak",
                "orang",
                (0, 3),
                (10, 20),
            ),
            IndicatorSpec(
                G.INSTITUTIONS,
                "Kontrak jual dengan pengepul atau pabrik",
                "kontrak",
                (0, 0),
                (1, 3),
            ),
        ),
        asset="Tali bentang, pelampung dan para-para penjemuran",
        budget=(40, 150),
        tag="ikan",
    ),
    Theme(
        key="pekarangan",
        name="Pekarangan pangan lestari",
        description=(
            "Kelompok wanita tani mengelola kebun bibit desa dan menanam sayur di pekarangan, "
            "untuk gizi balita dan menghemat belanja dapur."
        ),
        cultures=ALL,
        group_kind=GroupKind.FARMERS,
        group_prefix="KWT",
        group_names=WOMEN_FARMER_NAMES,
        women_share=0.95,
        agency="Dinas Ketahanan Pangan",
        problem="Balita kurang gizi dan belanja sayur mahal",
        problem_detail=(
            "Posyandu mencatat balita berat badan kurang; sayur dan ikan dibeli dari pedagang "
            "keliling dengan harga tinggi."
        ),
        problem_kind=NeedKind.NEED,
        alternatives=(
            ("Kebun gizi pekarangan dan kebun bibit desa", 30),
            ("Pemberian makanan tambahan di posyandu", 25),
            ("Budidaya ikan dalam ember", 15),
        ),
        training="Pelatihan budidaya sayur pekarangan",
        steps=(
            Step("Pendataan pekarangan dan keluarga dengan balita", 10, (), (gotong_royong(0.4),)),
            Step(
                "Pembangunan kebun bibit desa",
                21,
                (0,),
                (
                    Line("Paranet, polybag dan media semai", OUTSIDE, MATERIAL, "paket", 4_000_000),
                    gotong_royong(1.0),
                    Line("Tanah, pupuk kandang dan bambu", COMMUNITY, MATERIAL, "karung", 12_000),
                ),
            ),
            Step(
                "Pembagian bibit ke rumah tangga",
                7,
                (1,),
                (
                    Line("Benih sayuran", OUTSIDE, MATERIAL, "bungkus", 12_000, "Dana Desa"),
                    gotong_royong(0.3),
                ),
                milestone=True,
            ),
            Step(
                "Penanaman dan pemeliharaan pekarangan",
                90,
                (2,),
                (
                    gotong_royong(1.5),
                    Line("Pupuk kandang", COMMUNITY, MATERIAL, "karung", 15_000),
                ),
            ),
            Step(
                "Kelas memasak menu gizi seimbang",
                14,
                (3,),
                (
                    Line("Bahan masakan", COMMUNITY, MONEY, "kali", 350_000, "", 0.5),
                    Line("Penyuluh gizi", OUTSIDE, MONEY, "kali", 500_000, "Puskesmas", 0.5),
                ),
            ),
        ),
        indicators=(
            IndicatorSpec(
                G.LIVING, "Keluarga yang menanam sayur di pekarangan", "KK", (5, 15), (40, 80)
            ),
            IndicatorSpec(
                G.LIVING, "Balita dengan berat badan kurang", "anak", (8, 20), (2, 5), DEC
            ),
            IndicatorSpec(
                G.INCOME,
                "Belanja sayur keluarga per minggu",
                "Rp",
                (70_000, 120_000),
                (30_000, 50_000),
                DEC,
            ),
            IndicatorSpec(G.COMMUNITY, "Pertemuan rutin KWT per bulan", "kali", (0, 1), (2, 4)),
            IndicatorSpec(
                G.ENVIRONMENT, "Sampah dapur yang diolah menjadi kompos", "%", (0, 10), (40, 70)
            ),
        ),
        asset="Kebun bibit desa dan peralatannya",
        budget=(20, 60),
        tag="gizi",
    ),
    Theme(
        key="simpan_pinjam",
        name="Simpan pinjam kelompok perempuan",
        description=(
            "Perempuan menabung bersama dan meminjam modal bergulir untuk usaha rumahan, "
            "supaya lepas dari pinjaman bank keliling."
        ),
        cultures=ALL,
        group_kind=GroupKind.SAVINGS,
        group_prefix="Kelompok Simpan Pinjam",
        group_names=SAVINGS_NAMES,
        women_share=0.95,
        agency="Dinas Koperasi dan Usaha Mikro",
        problem="Warga terjerat pinjaman bank keliling",
        problem_detail=(
            "Pinjaman harian berbunga tinggi dipakai untuk modal warung dan biaya sekolah; "
            "banyak ibu kesulitan mengangsur."
        ),
        problem_kind=NeedKind.PROBLEM,
        alternatives=(
            ("Kelompok simpan pinjam perempuan dengan modal bergulir", 40),
            ("Koperasi desa", 60),
            ("Arisan modal usaha", 5),
        ),
        training="Pelatihan pembukuan simpan pinjam",
        steps=(
            Step(
                "Pembentukan kelompok dan aturan simpan pinjam",
                21,
                (),
                (Line("Simpanan pokok anggota", COMMUNITY, MONEY, "orang", 50_000, "", 0.6),),
            ),
            Step(
                "Pelatihan pembukuan sederhana",
                5,
                (0,),
                (Line("Pelatih dan buku kas", OUTSIDE, MONEY, "paket", 2_000_000, "", 0.3),),
            ),
            Step(
                "Penyaluran modal bergulir tahap pertama",
                14,
                (1,),
                (
                    Line("Modal bergulir", OUTSIDE, MONEY, "paket", 5_000_000, "Dana Desa", 3.0),
                    Line("Simpanan wajib anggota", COMMUNITY, MONEY, "orang", 20_000),
                ),
                milestone=True,
            ),
            Step(
                "Pertemuan bulanan dan angsuran",
                120,
                (2,),
                (
                    gotong_royong(0.5),
                    Line("Simpanan wajib bulanan", COMMUNITY, MONEY, "bulan", 500_000, "", 1.5),
                ),
            ),
            Step(
                "Pelatihan usaha rumahan anggota",
                7,
                (2,),
                (
                    Line("Narasumber usaha rumahan", OUTSIDE, MONEY, "paket", 1_500_000),
                    Line(
                        "Bahan praktik dari anggota", COMMUNITY, MATERIAL, "paket", 150_000, "", 0.3
                    ),
                ),
            ),
        ),
        indicators=(
            IndicatorSpec(G.INSTITUTIONS, "Anggota aktif kelompok", "orang", (0, 0), (25, 40)),
            IndicatorSpec(
                G.INCOME,
                "Modal usaha anggota yang berputar",
                "Rp",
                (0, 0),
                (30_000_000, 60_000_000),
            ),
            IndicatorSpec(
                G.COMMUNITY,
                "Anggota yang masih meminjam ke bank keliling",
                "orang",
                (10, 20),
                (0, 3),
                DEC,
            ),
            IndicatorSpec(
                G.BUSINESS, "Usaha rumahan anggota yang berjalan", "usaha", (3, 8), (15, 25)
            ),
        ),
        asset="Kas kelompok, buku anggota dan lemari arsip",
        budget=(25, 80),
        tag="modal",
    ),
    Theme(
        key="kopi",
        name="Pengolahan kopi rakyat",
        description=(
            "Petani kopi memetik merah, mengolah dan menyangrai bersama, lalu menjual kopi "
            "bubuk dengan merek desa."
        ),
        cultures=frozenset({SUNDA, JAWA, NTT}),
        group_kind=GroupKind.FARMERS,
        group_prefix="Kelompok Tani Kopi",
        group_names=("Kopi Lestari", "Puncak Arabika", "Mekar Kopi", "Sinar Gunung"),
        women_share=0.3,
        agency="Dinas Pertanian",
        problem="Kopi dijual gelondong dengan harga murah",
        problem_detail=(
            "Petani menjual kopi gelondong campur hijau ke pengepul; harga ditentukan pembeli."
        ),
        problem_kind=NeedKind.PROBLEM,
        alternatives=(
            ("Pengolahan pascapanen dan rumah sangrai kopi", 120),
            ("Peremajaan kebun kopi", 80),
            ("Penjualan bersama kopi gelondong merah", 15),
        ),
        training="Pelatihan petik merah dan pascapanen kopi",
        steps=(
            Step(
                "Pelatihan petik merah dan pascapanen",
                7,
                (),
                (Line("Pelatih dan bahan praktik", OUTSIDE, MONEY, "paket", 3_000_000, "", 0.4),),
            ),
            Step(
                "Pembangunan rumah jemur",
                30,
                (0,),
                (
                    Line(
                        "Rangka dan plastik UV rumah jemur",
                        OUTSIDE,
                        MATERIAL,
                        "unit",
                        12_000_000,
                        "Dana Desa",
                    ),
                    gotong_royong(1.2),
                ),
            ),
            Step(
                "Pengadaan mesin pengupas dan mesin sangrai",
                21,
                (0,),
                (
                    Line("Mesin pengupas kulit kopi", OUTSIDE, MATERIAL, "unit", 9_500_000),
                    Line("Mesin sangrai 5 kg", OUTSIDE, MATERIAL, "unit", 22_000_000),
                ),
            ),
            Step(
                "Produksi kopi olahan",
                90,
                (1, 2),
                (
                    gotong_royong(2.0),
                    Line("Kopi petik merah anggota", COMMUNITY, MATERIAL, "kg", 8_000, "", 1.5),
                ),
            ),
            Step(
                "Kemasan, merek dan izin PIRT",
                30,
                (3,),
                (
                    Line("Pengurusan PIRT dan desain kemasan", OUTSIDE, MONEY, "paket", 3_000_000),
                    Line("Kantong kemasan", COMMUNITY, MONEY, "lembar", 2_500, "", 0.4),
                ),
            ),
        ),
        indicators=(
            IndicatorSpec(G.BUSINESS, "Kopi olahan terjual per bulan", "kg", (0, 20), (150, 400)),
            IndicatorSpec(
                G.INCOME,
                "Harga kopi per kg setara gelondong",
                "Rp",
                (7_000, 9_000),
                (15_000, 25_000),
            ),
            IndicatorSpec(
                G.ENVIRONMENT, "Pohon pelindung ditanam di kebun kopi", "pohon", (0, 0), (300, 800)
            ),
            IndicatorSpec(
                G.INSTITUTIONS, "Petani yang menjual lewat kelompok", "orang", (0, 5), (25, 40)
            ),
        ),
        asset="Rumah jemur, mesin pengupas dan mesin sangrai",
        budget=(60, 250),
        tag="pasar",
    ),
)


@dataclass(frozen=True)
class VillageProblem:
    """A problem residents raise besides a program's own, with the ways out they propose."""

    title: str
    kind: NeedKind
    tag: str
    alternatives: tuple[tuple[str, int], ...]  # title, cost in juta


VILLAGE_PROBLEMS: tuple[VillageProblem, ...] = (
    VillageProblem(
        "Jalan usaha tani rusak saat musim hujan",
        NeedKind.PROBLEM,
        "jalan",
        (("Rabat beton jalan usaha tani", 90), ("Perbaikan jalan dengan sirtu secara swadaya", 25)),
    ),
    VillageProblem(
        "Harga gabah jatuh saat panen raya",
        NeedKind.PROBLEM,
        "pasar",
        (("Lumbung pangan desa dan tunda jual", 40), ("Penggilingan padi milik BUMDes", 120)),
    ),
    VillageProblem(
        "Sumur kering di musim kemarau",
        NeedKind.PROBLEM,
        "air",
        (("Sumur resapan dan penampungan air hujan", 30), ("Sumur bor dusun", 60)),
    ),
    VillageProblem(
        "Pemuda merantau karena tidak ada pekerjaan",
        NeedKind.PROBLEM,
        "usaha",
        (("Pelatihan bengkel motor dan las", 35), ("Usaha cuci motor Karang Taruna", 15)),
    ),
    VillageProblem(
        "Sampah dibuang ke sungai",
        NeedKind.PROBLEM,
        "sampah",
        (("Tong sampah terpilah di tiap RT", 15), ("Jadwal angkut sampah bersama", 20)),
    ),
    VillageProblem(
        "Masih ada balita stunting",
        NeedKind.PROBLEM,
        "gizi",
        (("Kelas ibu balita dan makanan tambahan lokal", 20), ("Kebun gizi posyandu", 15)),
    ),
    VillageProblem(
        "Modal usaha kecil sulit didapat",
        NeedKind.NEED,
        "modal",
        (("Dana bergulir BUMDes", 50), ("Pendampingan akses KUR", 5)),
    ),
    VillageProblem(
        "Serangan hama tikus di sawah",
        NeedKind.PROBLEM,
        "hama",
        (("Gropyokan serentak dan pagar plastik", 10), ("Rumah burung hantu", 12)),
    ),
    VillageProblem(
        "Pupuk bersubsidi sering langka",
        NeedKind.PROBLEM,
        "pupuk",
        (("Pembuatan pupuk kompos kelompok", 20), ("Pendataan RDKK yang lebih tertib", 3)),
    ),
    VillageProblem(
        "Saluran irigasi tersumbat dan bocor",
        NeedKind.PROBLEM,
        "irigasi",
        (("Normalisasi saluran irigasi bersama P3A", 45), ("Pembuatan pintu air", 30)),
    ),
    VillageProblem(
        "Jalan dusun gelap pada malam hari",
        NeedKind.NEED,
        "terang",
        (("Lampu jalan tenaga surya", 50), ("Iuran listrik lampu jalan per RT", 8)),
    ),
    VillageProblem(
        "Anak putus sekolah setelah SMP",
        NeedKind.PROBLEM,
        "sekolah",
        (("Beasiswa desa dan kelompok belajar", 25), ("Kejar Paket C di PKBM", 15)),
    ),
    VillageProblem(
        "Posyandu kekurangan alat dan kader",
        NeedKind.NEED,
        "gizi",
        (("Pengadaan timbangan dan alat ukur tinggi", 10), ("Pelatihan kader posyandu", 8)),
    ),
    VillageProblem(
        "Lereng bukit longsor saat hujan",
        NeedKind.PROBLEM,
        "longsor",
        (("Penanaman pohon dan terasering", 35), ("Bronjong penahan tebing", 80)),
    ),
    VillageProblem(
        "Hasil kebun dijual ke tengkulak dengan harga murah",
        NeedKind.PROBLEM,
        "pasar",
        (("Penjualan bersama lewat BUMDes", 20), ("Gudang penyimpanan hasil kebun", 70)),
    ),
    VillageProblem(
        "Ternak sering sakit dan mati",
        NeedKind.PROBLEM,
        "ternak",
        (("Kader kesehatan hewan desa", 10), ("Kandang kelompok", 60)),
    ),
)

SIDE_STEPS = (
    ("persiapan bahan dan alat", 14),
    ("pengerjaan bersama warga", 30),
    ("pemeliharaan oleh kelompok", 30),
)

# --- the other words of the story ---------------------------------------------------------

RESOURCES: dict[ResourceKind, tuple[tuple[str, str, tuple[int, int], int], ...]] = {
    # name, unit, quantity range, value per unit (0: not valued)
    ResourceKind.HUMAN: (
        ("Tukang batu dan tukang kayu terampil", "orang", (3, 9), 0),
        ("Kader posyandu aktif", "orang", (4, 10), 0),
        ("Pemuda lulusan SMK", "orang", (5, 20), 0),
        ("Petani yang pernah ikut sekolah lapang", "orang", (3, 12), 0),
    ),
    ResourceKind.NATURAL: (
        ("Mata air yang mengalir sepanjang tahun", "titik", (1, 3), 0),
        ("Lahan pekarangan yang belum dimanfaatkan", "ha", (2, 12), 0),
        ("Rumpun bambu di kebun warga", "rumpun", (40, 300), 150_000),
        ("Lahan sawah tadah hujan", "ha", (10, 80), 0),
        ("Kotoran ternak untuk pupuk", "ton/bulan", (2, 10), 300_000),
    ),
    ResourceKind.FINANCIAL: (
        ("Kas kelompok", "Rp", (1, 1), 0),
        ("Alokasi Dana Desa untuk pemberdayaan", "Rp", (1, 1), 0),
        ("Arisan ibu-ibu", "Rp", (1, 1), 0),
    ),
    ResourceKind.SOCIAL: (
        ("Kebiasaan gotong royong setiap Jumat", "kegiatan", (1, 1), 0),
        ("Pengajian dan persekutuan doa rutin", "kelompok", (2, 6), 0),
        ("Musyawarah dusun yang masih berjalan", "dusun", (2, 5), 0),
        ("Tokoh adat yang dihormati warga", "orang", (1, 4), 0),
    ),
    ResourceKind.PHYSICAL: (
        ("Balai desa", "unit", (1, 1), 0),
        ("Gedung PAUD yang kosong sore hari", "unit", (1, 1), 0),
        ("Traktor tangan milik kelompok tani", "unit", (1, 3), 15_000_000),
        ("Jalan desa beraspal", "km", (1, 6), 0),
        ("Sumur bor dusun", "unit", (1, 3), 25_000_000),
    ),
}

CRITERIA = (
    "Biaya terjangkau",
    "Manfaat untuk keluarga miskin",
    "Bisa dikerjakan dengan tenaga dan bahan sendiri",
    "Cepat terasa hasilnya",
    "Ramah lingkungan",
    "Melibatkan perempuan dan pemuda",
    "Bisa dilanjutkan tanpa bantuan luar",
)

EXIT_ITEMS = (
    "Laporan akhir dibacakan dalam musyawarah desa",
    "Aset program diserahkan kepada kelompok dengan berita acara",
    "Buku kas, notulen dan dokumen diserahkan kepada sekretaris kelompok",
    "Tim pemantau warga menyusun jadwal pemantauan sendiri",
    "Kader desa mengambil alih pendampingan kelompok",
    "Kegiatan lanjutan dimasukkan ke RKP Desa",
    "Kontak dinas teknis diserahkan kepada pengurus kelompok",
    "Pendamping berpamitan kepada warga dan pemerintah desa",
)

FINDINGS: dict[str, tuple[str, ...]] = {
    "success": (
        "Kelompok sudah mengadakan pertemuan rutin tanpa didampingi",
        "Sebagian besar anggota merasakan tambahan penghasilan",
        "Perempuan aktif berbicara dalam musyawarah dan memegang jabatan pengurus",
        "Swadaya tenaga warga jauh melebihi rencana",
    ),
    "problem": (
        "Iuran anggota tidak lancar pada musim paceklik",
        "Beberapa anggota berhenti karena bekerja ke kota",
        "Pembukuan kelompok belum rapi",
        "Harga bahan naik sehingga biaya melebihi rencana",
    ),
    "lesson": (
        "Keputusan yang diambil bersama lebih dijaga oleh warga",
        "Kader lokal lebih cepat dipercaya warga daripada petugas dari luar",
        "Pertemuan terpisah untuk perempuan membuat ibu-ibu berani bicara",
    ),
    "recommendation": (
        "Masukkan biaya pemeliharaan ke RKP Desa tahun depan",
        "Adakan pelatihan pembukuan lanjutan untuk bendahara",
        "Perluas keanggotaan ke dusun lain",
        "Jalin kemitraan dengan BUMDes untuk pemasaran",
    ),
}

PROGRESS_PROBLEMS = (
    "Hujan deras, pekerjaan tertunda beberapa hari",
    "Bahan datang terlambat dari kota kecamatan",
    "Sebagian anggota sedang panen, kehadiran berkurang",
    "Harga bahan naik dari perkiraan",
    "Ada perbedaan pendapat soal pembagian tugas, diselesaikan dalam rapat kelompok",
)

PROGRESS_NOTES = (
    "Pekerjaan berjalan sesuai rencana",
    "Ibu-ibu menyiapkan konsumsi secara bergiliran",
    "Kader desa memimpin pembagian tugas",
    "Pengurus mencatat kehadiran dan iuran di buku kas",
    "Warga dari dusun lain ikut membantu",
    "Ketua kelompok melaporkan kemajuan di papan informasi desa",
)

MONTHS = _words(
    "Januari, Februari, Maret, April, Mei, Juni, Juli, Agustus, September, Oktober, November, "
    "Desember"
)
WEEKDAYS = _words("Senin, Selasa, Rabu, Kamis, Jumat, Sabtu, Minggu")
ROMAN = _words("I, II, III, IV, V, VI, VII, VIII, IX, X, XI, XII")

FIELD_NOTES: dict[str, tuple[str, ...]] = {
    "persiapan": (
        "Bertemu Kepala Desa {kades} di kantor desa. Beliau menyarankan memulai dari {dusun} "
        "karena warganya sudah biasa bermusyawarah.",
        "Sebagian warga {dusun} mengira program ini membagi bantuan uang. Dijelaskan bahwa "
        "program dimulai dari kebutuhan yang dirumuskan warga sendiri.",
        "Ikut kerja bakti membersihkan saluran di {dusun}; kesempatan baik berkenalan dengan "
        "bapak-bapak dan pemuda.",
        "Ketua TP PKK bersedia mengumpulkan ibu-ibu untuk sosialisasi selepas arisan.",
    ),
    "pengkajian": (
        "Dalam musyawarah dusun, ibu-ibu baru berani bicara setelah diadakan diskusi kelompok "
        "terpisah.",
        "Transek ke {dusun}: warga sendiri yang menggambar peta dusun di kertas plano dan "
        "menandai mata air, kebun dan rumah keluarga miskin.",
        "Keluarga miskin di {dusun} jarang datang ke pertemuan; kader mendatangi rumah mereka "
        "untuk mencatat masalahnya.",
    ),
    "perencanaan": (
        "Warga sempat berdebat soal biaya; akhirnya sepakat memberi bobot besar pada manfaat "
        "bagi keluarga miskin.",
        "Usulan kelompok perempuan dibacakan ulang agar semua peserta mendengar sebelum "
        "pemungutan suara.",
    ),
    "formalisasi": (
        "{group} menyusun sendiri jadwal kegiatan; pendamping hanya membantu menuliskannya di "
        "lembar rencana.",
        "Kepala Desa {kades} menyatakan Dana Desa tahun ini ikut mendukung rencana aksi.",
    ),
    "pelaksanaan": (
        "Gotong royong di {dusun} dihadiri lebih banyak warga dari perkiraan.",
        "Bendahara {group} sudah mencatat iuran dan pengeluaran tanpa dibantu.",
        "Pendamping mulai mengurangi kehadiran; rapat bulanan dipimpin pengurus kelompok.",
    ),
    "evaluasi": (
        "Tim pemantau warga mengukur sendiri indikator dan membacakannya di rapat kelompok.",
        "Warga menilai kegiatan paling berhasil di {dusun}; dusun lain meminta kegiatan serupa.",
    ),
    "terminasi": (
        "Pengurus {group} menyatakan siap meneruskan kegiatan tanpa pendamping.",
        "Pamitan dengan warga {dusun}; kader desa menjadi penghubung dengan dinas.",
    ),
}

# what simulated field work (``berdaya simulate``) records, by stage
MEETINGS: dict[Stage, tuple[tuple[MeetingKind, str], ...]] = {
    Stage.PREPARATION: (
        (MeetingKind.OTHER, "Silaturahmi dengan tokoh masyarakat {dusun}"),
        (MeetingKind.DELIBERATION, "Sosialisasi program di {dusun}"),
    ),
    Stage.ASSESSMENT: (
        (MeetingKind.FOCUS_GROUP, "Diskusi kelompok perempuan {dusun}"),
        (MeetingKind.DELIBERATION, "Musyawarah dusun {dusun}"),
        (MeetingKind.TRANSECT, "Transek dan pemetaan {dusun}"),
    ),
    Stage.PLANNING: (
        (MeetingKind.FOCUS_GROUP, "Diskusi alternatif bersama warga {dusun}"),
        (MeetingKind.DELIBERATION, "Musyawarah pemilihan alternatif"),
    ),
    Stage.FORMALISATION: (
        (MeetingKind.DELIBERATION, "Penyusunan rencana aksi bersama {group}"),
        (MeetingKind.FOCUS_GROUP, "Pembahasan jadwal dan anggaran kegiatan"),
    ),
    Stage.IMPLEMENTATION: (
        (MeetingKind.DELIBERATION, "Rapat rutin {group}"),
        (MeetingKind.TRAINING, "Pelatihan anggota {group}"),
        (MeetingKind.MONITORING, "Pemantauan kegiatan di {dusun}"),
    ),
    Stage.EVALUATION: (
        (MeetingKind.EVALUATION, "Musyawarah evaluasi partisipatif"),
        (MeetingKind.MONITORING, "Rapat tim pemantau warga"),
    ),
    Stage.TERMINATION: (
        (MeetingKind.DELIBERATION, "Musyawarah persiapan serah terima"),
        (MeetingKind.OTHER, "Rapat pengurus {group}"),
    ),
}
MATERIALS = (
    ("Semen", "sak", 65_000),
    ("Bibit", "batang", 5_000),
    ("Pasir", "m3", 250_000),
    ("Pupuk kandang", "karung", 20_000),
    ("Papan", "lembar", 45_000),
)
HANDOVERS = (
    (HandoverKind.RECORD, "Buku kas, notulen dan daftar anggota"),
    (HandoverKind.ROLE, "Peran pendamping kelompok kepada kader desa"),
    (HandoverKind.ASSET, "Peralatan kegiatan kelompok"),
)
