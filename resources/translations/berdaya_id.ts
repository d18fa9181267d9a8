<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>About</name>
    <message>
        <location filename="../../desktop/ui/dialogs/about.py" line="+24"/>
        <source>Berdaya supports community empowerment programs (pemberdayaan masyarakat) in Indonesian villages: the seven stages from preparation to termination, with the community&apos;s own participation, contributions and results measured as they happen.</source>
        <translation>Berdaya mendukung program pemberdayaan masyarakat di desa-desa Indonesia: tujuh tahapan dari persiapan sampai terminasi, dengan partisipasi, swadaya, dan hasil yang dicapai masyarakat sendiri tercatat sejak awal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It works without an internet connection, on the facilitator&apos;s own laptop.</source>
        <translation>Berdaya bekerja tanpa koneksi internet, di laptop pendamping sendiri.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About Berdaya</source>
        <translation>Tentang Berdaya</translation>
    </message>
</context>
<context>
    <name>ActionPlansPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/formalisation.py" line="+42"/>
        <source>Action plans from the chosen alternatives</source>
        <translation>Rencana aksi dari alternatif terpilih</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each alternative the community chose in planning becomes an action plan, carried by a group of the village.</source>
        <translation>Setiap alternatif yang dipilih masyarakat saat perencanaan menjadi rencana aksi, yang dijalankan oleh satu kelompok di desa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make a plan for every chosen alternative</source>
        <translation>Buat rencana untuk semua alternatif terpilih</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type a chosen alternative…</source>
        <translation>Ketik alternatif terpilih…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave empty to use the alternative&apos;s title</source>
        <translation>Kosongkan untuk memakai judul alternatifnya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a group&apos;s name…</source>
        <translation>Ketik nama kelompok…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Action plan</source>
        <translation>Rencana aksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the alternative</source>
        <translation>Dari alternatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carried by</source>
        <translation>Pelaksana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed on</source>
        <translation>Disepakati</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make the plan</source>
        <translation>Buat rencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an action plan</source>
        <translation>rencana aksi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chosen alternative</source>
        <translation>Alternatif terpilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title of the plan</source>
        <translation>Judul rencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group carrying it</source>
        <translation>Kelompok pelaksana</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No alternative was chosen in the planning stage yet.</source>
        <translation>Belum ada alternatif yang dipilih pada tahap perencanaan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chosen in planning: {names}.</source>
        <translation>Dipilih saat perencanaan: {names}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose one of the alternatives the community chose.</source>
        <translation>Pilih salah satu alternatif yang dipilih masyarakat.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>making the action plans</source>
        <translation>membuat rencana aksi</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location line="+16"/>
        <source>Activities, responsible groups and dates</source>
        <translation>Kegiatan, kelompok penanggung jawab dan tanggal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Break each plan into activities. A group of the village carries each one; the dates must fall within the program. Double-click or F2 corrects one.</source>
        <translation>Uraikan setiap rencana menjadi kegiatan. Setiap kegiatan dijalankan satu kelompok di desa; tanggalnya harus di dalam masa program. Klik dua kali atau F2 untuk membetulkan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Gotong royong menggali sumur</source>
        <translation>mis. Gotong royong menggali sumur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a group&apos;s name…</source>
        <translation>Ketik nama kelompok…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Responsible</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+9"/>
        <source>Action plan</source>
        <translation>Rencana aksi</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Add activity</source>
        <translation>Tambah kegiatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an activity</source>
        <translation>kegiatan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Responsible group</source>
        <translation>Kelompok penanggung jawab</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Make an action plan first.</source>
        <translation>Buat rencana aksi dulu.</translation>
    </message>
</context>
<context>
    <name>AgreementPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/formalisation_agreement.py" line="+49"/>
        <source>Agreement (berita acara) and signatories</source>
        <translation>Berita acara kesepakatan dan penanda tangan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When and where the community agreed the plan and who signed. Adding the first signatory records the berita acara; then it can be printed.</source>
        <translation>Kapan dan di mana masyarakat menyepakati rencana ini dan siapa yang menandatangani. Menambah penanda tangan pertama mencatat berita acaranya; setelah itu bisa dicetak.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 001/BA/II/2026</source>
        <translation>mis. 001/BA/II/2026</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Balai desa</source>
        <translation>mis. Balai desa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was agreed, in a few sentences (optional)</source>
        <translation>Apa yang disepakati, dalam beberapa kalimat (boleh dikosongkan)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the berita acara (PDF)…</source>
        <translation>Cetak berita acara (PDF)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action plan</source>
        <translation>Rencana aksi</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+21"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed on</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Isi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type a name…</source>
        <translation>Ketik nama…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Kepala desa</source>
        <translation>mis. Kepala desa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— not given —</source>
        <translation>— tidak diisi —</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>Woman</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+51"/>
        <source>Man</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Role</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add signatory</source>
        <translation>Tambah penanda tangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a signatory</source>
        <translation>penanda tangan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signatory</source>
        <translation>Penanda tangan</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Make an action plan first.</source>
        <translation>Buat rencana aksi dulu.</translation>
    </message>
</context>
<context>
    <name>AlternativesPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/planning.py" line="+50"/>
        <source>Alternatives per priority problem</source>
        <translation>Alternatif per masalah prioritas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For each problem the community prioritised, the ways out residents propose. Write down who proposed each one.</source>
        <translation>Untuk setiap masalah yang diprioritaskan warga, jalan keluar yang diusulkan warga. Catat siapa yang mengusulkan masing-masing.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Sumur bor bersama</source>
        <translation>mis. Sumur bor bersama</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a group&apos;s name…</source>
        <translation>Ketik nama kelompok…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Alternative</source>
        <translation>Alternatif</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+13"/>
        <source>Proposed by</source>
        <translation>Diusulkan oleh</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+15"/>
        <source>Estimated cost</source>
        <translation>Perkiraan biaya</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Add alternative</source>
        <translation>Tambah alternatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an alternative</source>
        <translation>alternatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the problem</source>
        <translation>Untuk masalah</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>or the group</source>
        <translation>atau kelompok</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{title} (not prioritised)</source>
        <translation>{title} (bukan prioritas)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>There is no prioritised problem: rank the needs in the assessment.</source>
        <translation>Belum ada masalah prioritas: peringkatkan kebutuhan pada tahap pengkajian.</translation>
    </message>
</context>
<context>
    <name>AttendanceEditor</name>
    <message>
        <location filename="../../desktop/ui/wizards/meetings.py" line="+119"/>
        <location line="+4"/>
        <source>Spoke</source>
        <translation>Berbicara</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Add person</source>
        <translation>Tambah orang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Others counted: women</source>
        <translation>Yang lain dihitung: perempuan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>men</source>
        <translation>laki-laki</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Present: {women} women, {men} men</source>
        <translation>Hadir: {women} perempuan, {men} laki-laki</translation>
    </message>
</context>
<context>
    <name>Binding</name>
    <message>
        <location filename="../../desktop/ui/wizards/bindings.py" line="+41"/>
        <source>The disk is full: what you typed is kept here, not saved yet.</source>
        <translation>Disk penuh: yang Anda ketik disimpan di sini, belum tersimpan ke basis data.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is read-only: what you typed is kept here, not saved yet.</source>
        <translation>Basis data hanya-baca: yang Anda ketik disimpan di sini, belum tersimpan ke basis data.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another program is writing to the database: what you typed is kept here and saved when it is done.</source>
        <translation>Program lain sedang menulis ke basis data: yang Anda ketik disimpan di sini dan akan tersimpan setelah program itu selesai.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database is damaged: what you typed is kept here, not saved.</source>
        <translation>Basis data rusak: yang Anda ketik disimpan di sini, tidak tersimpan ke basis data.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database cannot be written: what you typed is kept here, not saved.</source>
        <translation>Basis data tidak dapat ditulisi: yang Anda ketik disimpan di sini, tidak tersimpan ke basis data.</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/formalisation_budget.py" line="+43"/>
        <source>Budget and its sources</source>
        <translation>Anggaran dan sumbernya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cost of each activity in Rupiah and who meets it: the community itself (money, labour or materials) or an outside source such as Dana Desa.</source>
        <translation>Biaya setiap kegiatan dalam Rupiah dan siapa yang menanggungnya: masyarakat sendiri (uang, tenaga atau bahan) atau sumber dari luar seperti Dana Desa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type an activity…</source>
        <translation>Ketik nama kegiatan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Semen 50 kg</source>
        <translation>mis. Semen 50 kg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Community (swadaya)</source>
        <translation>Swadaya masyarakat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>Outside</source>
        <translation>Dari luar</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>From whom, e.g. Dana Desa</source>
        <translation>Dari siapa, mis. Dana Desa</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+59"/>
        <source>Money</source>
        <translation>Uang</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>Labour</source>
        <translation>Tenaga</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>Materials</source>
        <translation>Bahan</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>unit, e.g. sak</source>
        <translation>satuan, mis. sak</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Item</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+15"/>
        <source>Quantity</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Unit value</source>
        <translation>Harga satuan</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+12"/>
        <source>Kind</source>
        <translation>Bentuk</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Add to the budget</source>
        <translation>Tambah ke anggaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a budget line</source>
        <translation>baris anggaran</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Community</source>
        <translation>Swadaya</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Community: {community} · Outside: {outside} · Total: {total}</source>
        <translation>Swadaya: {community} · Dari luar: {outside} · Total: {total}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose an activity from the list.</source>
        <translation>Pilih kegiatan dari daftar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+38"/>
        <source>Write a number, e.g. 4 or 2,5.</source>
        <translation>Tulis angka, mis. 4 atau 2,5.</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/first_start.py" line="+397"/>
        <source>The office&apos;s card</source>
        <translation>Kartu kantor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So that only your office can read the bundles you send.</source>
        <translation>Agar hanya kantor Anda yang dapat membaca bundel yang Anda kirim.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Have the office&apos;s card (a .berdaya-card file)? Import it now, and confirm its fingerprint with the office by phone.</source>
        <translation>Sudah punya kartu kantor (berkas .berdaya-card)? Impor sekarang, lalu pastikan sidik jarinya dengan kantor lewat telepon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the office&apos;s card…</source>
        <translation>Impor kartu kantor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No card yet? You can import it later from the File menu.</source>
        <translation>Belum punya kartu? Anda dapat mengimpornya nanti dari menu Berkas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trusted: the office “{office}”, for {area}.</source>
        <translation>Dipercaya: kantor “{office}”, untuk {area}.</translation>
    </message>
</context>
<context>
    <name>CardSaved</name>
    <message>
        <location filename="../../desktop/ui/sync/card.py" line="+110"/>
        <source>Office card</source>
        <translation>Kartu kantor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The office card is saved as {file}.</source>
        <translation>Kartu kantor disimpan sebagai {file}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give this file to each village facilitator, on a flash disk or in a message. When they import it they will call you: read them this fingerprint, so they know the card really comes from this office.</source>
        <translation>Berikan berkas ini kepada setiap pendamping desa, lewat flashdisk atau pesan. Saat mereka mengimpornya, mereka akan menelepon Anda: bacakan sidik jari ini, agar mereka tahu kartu itu benar-benar dari kantor ini.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/termination.py" line="+64"/>
        <source>Exit checklist</source>
        <translation>Daftar periksa terminasi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What must be done before the team leaves the village. Select an item and tick it off with the day it was done (Space); add the community&apos;s own items.</source>
        <translation>Apa yang harus beres sebelum tim meninggalkan desa. Pilih satu butir lalu centang dengan tanggal selesainya (Spasi); tambahkan juga butir dari warga sendiri.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Kunci gudang diserahkan ke BUMDes</source>
        <translation>mis. Kunci gudang diserahkan ke BUMDes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item</source>
        <translation>Butir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+19"/>
        <source>Done on</source>
        <translation>Tanggal selesai</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Add item</source>
        <translation>Tambah butir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a checklist item</source>
        <translation>butir daftar periksa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New item</source>
        <translation>Butir baru</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick off</source>
        <translation>Centang selesai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not done yet</source>
        <translation>Belum selesai</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recommendations from the evaluation</source>
        <translation>Rekomendasi dari evaluasi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add to the checklist</source>
        <translation>Masukkan ke daftar periksa</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>✓ done</source>
        <translation>✓ selesai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not yet</source>
        <translation>belum</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Select an item in the list first.</source>
        <translation>Pilih dulu satu butir di daftar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ticking off a checklist item</source>
        <translation>mencentang butir daftar periksa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unticking an item</source>
        <translation>membatalkan centang butir</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../desktop/ui/wizards/planning.py" line="+244"/>
        <source>The community&apos;s choice</source>
        <translation>Pilihan warga</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The alternatives of each problem, best first by weighted score then votes. Tick what the community chooses, or take the best of each problem.</source>
        <translation>Alternatif tiap masalah, yang terbaik di atas menurut skor berbobot lalu suara. Centang yang dipilih warga, atau ambil yang terbaik dari tiap masalah.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chosen</source>
        <translation>Dipilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternative</source>
        <translation>Alternatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighted score</source>
        <translation>Skor berbobot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes</source>
        <translation>Suara</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the best of each problem</source>
        <translation>Pilih yang terbaik dari tiap masalah</translation>
    </message>
</context>
<context>
    <name>ClosingPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/termination_closing.py" line="+199"/>
        <source>Formal closing</source>
        <translation>Penutupan resmi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the program on the day of the closing meeting. After closing, the program can no longer be changed, except its closing report.</source>
        <translation>Tutup program pada hari musyawarah penutupan. Setelah ditutup, program tidak dapat diubah lagi, kecuali laporan akhirnya.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close the program…</source>
        <translation>Tutup program…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Closing date</source>
        <translation>Tanggal penutupan</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The program was closed on {day}.</source>
        <translation>Program ini sudah ditutup pada {day}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <source>Close the program</source>
        <translation>Tutup program</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Close “{program}” on {day}?</source>
        <translation>Tutup “{program}” pada {day}?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After closing, the program can no longer be changed, except its closing report.</source>
        <translation>Setelah ditutup, program tidak dapat diubah lagi, kecuali laporan akhirnya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../desktop/ui/commands.py" line="+23"/>
        <source>creating program “{name}”</source>
        <translation>pembuatan program “{name}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/review_verdict.py" line="+129"/>
        <source>recording the office&apos;s verdict</source>
        <translation>mencatat keputusan kantor</translation>
    </message>
</context>
<context>
    <name>ConfirmCard</name>
    <message>
        <location filename="../../desktop/ui/sync/card.py" line="+48"/>
        <source>Import office card</source>
        <translation>Impor kartu kantor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This card is from the office “{office}”, for {area}.</source>
        <translation>Kartu ini dari kantor “{office}”, untuk {area}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Call the office and ask them to read their fingerprint to you. Trust the card only if every group below matches what they read.</source>
        <translation>Telepon kantor dan minta mereka membacakan sidik jarinya. Percayai kartu ini hanya jika setiap kelompok di bawah sama dengan yang mereka bacakan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Once trusted, the bundles this laptop sends are encrypted so that only the office can read them.</source>
        <translation>Setelah dipercaya, bundel yang dikirim laptop ini dienkripsi sehingga hanya kantor yang dapat membacanya.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trust</source>
        <translation>Percayai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../desktop/ui/sync/review.py" line="+43"/>
        <source>Conflicts to review</source>
        <translation>Konflik yang perlu diperiksa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Two laptops changed the same field without seeing each other&apos;s change. Berdaya kept the later one. Keep it, or use the other value instead: the choice is sent to the other devices with the next bundle.</source>
        <translation>Dua laptop mengubah isian yang sama tanpa saling tahu. Berdaya menyimpan perubahan yang lebih baru. Pertahankan, atau pakai nilai yang lain: pilihan Anda ikut terkirim ke perangkat lain bersama bundel berikutnya.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All villages</source>
        <translation>Semua desa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Village:</source>
        <translation>Desa:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept value</source>
        <translation>Nilai yang dipakai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other value</source>
        <translation>Nilai yang lain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other value from</source>
        <translation>Nilai lain dari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other value changed on</source>
        <translation>Nilai lain diubah pada</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No conflicts to review.</source>
        <translation>Tidak ada konflik yang perlu diperiksa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep this</source>
        <translation>Pertahankan ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the value shown now and close the conflict.</source>
        <translation>Pertahankan nilai yang tampil sekarang dan tutup konflik ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the other value</source>
        <translation>Pakai nilai yang lain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the other value as a new change; it reaches the other devices too.</source>
        <translation>Simpan nilai yang lain sebagai perubahan baru; perubahan ini juga sampai ke perangkat lain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held changes</source>
        <translation>Perubahan yang ditahan</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Kept: from {device}, {when}</source>
        <translation>Dipakai: dari {device}, {when}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Conflicts ({count})</source>
        <translation>Konflik ({count})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Held changes ({count})</source>
        <translation>Perubahan yang ditahan ({count})</translation>
    </message>
</context>
<context>
    <name>ContributionsPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/implementation.py" line="+235"/>
        <source>Contributions</source>
        <translation>Swadaya dan bantuan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Money, labour days and materials given to each activity, valued in Rupiah. What the community gives itself shows how self-reliant it is becoming. Double-click or F2 corrects one.</source>
        <translation>Uang, hari kerja, dan bahan yang diberikan untuk tiap kegiatan, dinilai dalam Rupiah. Swadaya warga sendiri menunjukkan seberapa mandiri masyarakat. Klik dua kali atau F2 untuk membetulkan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+84"/>
        <source>Money</source>
        <translation>Uang</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Labour (days of work)</source>
        <translation>Tenaga kerja (hari orang kerja)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+84"/>
        <source>Materials</source>
        <translation>Bahan</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>The community</source>
        <translation>Masyarakat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside (government, donor)</source>
        <translation>Pihak luar (pemerintah, donor)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 12</source>
        <translation>mis. 12</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>days, sacks, metres</source>
        <translation>hari, sak, meter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a group&apos;s or a person&apos;s name…</source>
        <translation>Ketik nama kelompok atau warga…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or write a name, e.g. Dinas PU</source>
        <translation>atau tulis nama, mis. Dinas PU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 20 sacks of cement</source>
        <translation>mis. 20 sak semen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>What</source>
        <translation>Bentuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+24"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+15"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+27"/>
        <source>Given by</source>
        <translation>Diberikan oleh</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Add contribution</source>
        <translation>Tambah swadaya/bantuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a contribution</source>
        <translation>swadaya/bantuan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was given</source>
        <translation>Yang diberikan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Given on</source>
        <translation>Tanggal diberikan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>days</source>
        <translation>hari</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Labour</source>
        <translation>Tenaga kerja</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Community</source>
        <translation>Masyarakat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside</source>
        <translation>Luar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The action plan has no activities yet: formalise it first.</source>
        <translation>Rencana kerja belum punya kegiatan: susun dulu di tahap formalisasi.</translation>
    </message>
</context>
<context>
    <name>CriteriaPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/planning.py" line="-232"/>
        <source>Criteria and weights</source>
        <translation>Kriteria dan bobot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What makes an alternative good for the community (cost, who benefits, can we do it ourselves), and how much each counts. Optional: voting alone is fine.</source>
        <translation>Apa yang membuat sebuah alternatif baik bagi warga (biaya, siapa yang mendapat manfaat, bisakah dikerjakan sendiri), dan seberapa besar bobotnya. Boleh dilewati: pemungutan suara saja sudah cukup.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Bisa dikerjakan swadaya</source>
        <translation>mis. Bisa dikerjakan swadaya</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>Criterion</source>
        <translation>Kriteria</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Weight</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Add criterion</source>
        <translation>Tambah kriteria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a criterion</source>
        <translation>kriteria</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/ui/office/dashboard.py" line="+121"/>
        <source>The area at a glance</source>
        <translation>Wilayah sekilas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Programs and navigator</source>
        <translation>Program dan navigator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the navigator and one program at a time (Ctrl+Shift+D)</source>
        <translation>Tampilkan navigator dan satu program sekaligus (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the villages&apos; figures</source>
        <translation>Membaca angka desa-desa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>REPORTING THIS MONTH</source>
        <translation>PELAPORAN BULAN INI</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Villages and their programs</source>
        <translation>Desa dan programnya</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Search a village or program</source>
        <translation>Cari desa atau program</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+259"/>
        <source>Sub-district</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>Current stage</source>
        <translation>Tahap sekarang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All stages</source>
        <translation>Semua tahap</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending status</source>
        <translation>Status kiriman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any sending status</source>
        <translation>Semua status kiriman</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Villages</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Reading the villages&apos; figures…</source>
        <translation>Membaca angka desa-desa…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Figures as last counted, on {day}; counting them again…</source>
        <translation>Angka sebagaimana terakhir dihitung, pada {day}; sedang dihitung ulang…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The figures could not be read: {error}</source>
        <translation>Angka-angka tidak dapat dibaca: {error}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Every village of this database</source>
        <translation>Semua desa di database ini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{area} · {villages} villages, {programs} programs · {month}</source>
        <translation>{area} · {villages} desa, {programs} program · {month}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office&apos;s dashboard</source>
        <translation>Dasbor kantor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{line} · demo data, as it stood on {day}</source>
        <translation>{line} · data demo, keadaan pada {day}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>REPORTING IN {month} (DUE BY DAY {day})</source>
        <translation>PELAPORAN {month} (PALING LAMBAT TANGGAL {day})</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+83"/>
        <source>All sub-districts</source>
        <translation>Semua kecamatan</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>{shown} of {total} rows</source>
        <translation>{shown} dari {total} baris</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reporting completeness per sub-district</source>
        <translation>Kelengkapan laporan per kecamatan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected</source>
        <translation>Diharapkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent this month</source>
        <translation>Mengirim bulan ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On time</source>
        <translation>Tepat waktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Belum mengirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting rate</source>
        <translation>Tingkat pelaporan</translation>
    </message>
</context>
<context>
    <name>DependenciesPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/formalisation.py" line="+63"/>
        <source>Dependencies</source>
        <translation>Keterkaitan kegiatan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which activity must finish before another can start (optional). Links that would go round in a loop are refused.</source>
        <translation>Kegiatan mana yang harus selesai sebelum kegiatan lain bisa dimulai (boleh dilewati). Keterkaitan yang berputar kembali ke awal ditolak.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Type an activity…</source>
        <translation>Ketik nama kegiatan…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>First</source>
        <translation>Lebih dulu</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Then</source>
        <translation>Sesudahnya</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Waiting (working days)</source>
        <translation>Jeda (hari kerja)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add link</source>
        <translation>Tambah keterkaitan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a dependency</source>
        <translation>keterkaitan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting in between (working days)</source>
        <translation>Jeda di antaranya (hari kerja)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose an activity from the list.</source>
        <translation>Pilih kegiatan dari daftar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write a whole number of days, e.g. 2.</source>
        <translation>Tulis jumlah hari dengan angka bulat, mis. 2.</translation>
    </message>
</context>
<context>
    <name>DevicePlacesBox</name>
    <message>
        <location filename="../../desktop/ui/dialogs/device_places.py" line="+42"/>
        <source>This laptop</source>
        <translation>Laptop ini</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Another village you accompany, e.g. Sukamaju</source>
        <translation>Desa lain yang Anda dampingi, mis. Sukamaju</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type at least two letters of the name.</source>
        <translation>Ketik paling sedikit dua huruf nama.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No village called “{text}” in the official list.</source>
        <translation>Tidak ada desa bernama “{text}” dalam daftar resmi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list of villages could not be searched: {error}</source>
        <translation>Daftar desa tidak dapat dicari: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search among all villages of Indonesia.</source>
        <translation>Cari di antara semua desa di Indonesia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the village from the list ({count} found).</source>
        <translation>Pilih desa dari daftar ({count} ditemukan).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add this village</source>
        <translation>Tambahkan desa ini</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works for:</source>
        <translation>Bekerja untuk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint:</source>
        <translation>Sidik jari:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a village:</source>
        <translation>Tambah desa:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no place yet</source>
        <translation>belum ada wilayah</translation>
    </message>
</context>
<context>
    <name>DialogForm</name>
    <message>
        <location filename="../../desktop/ui/wizards/dialog_form.py" line="+24"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>EntryPlanPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/preparation.py" line="+191"/>
        <source>Community entry plan</source>
        <translation>Rencana masuk ke masyarakat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How will the team enter the community without directing it? Whom to visit first, which meetings to join, how to listen before proposing anything.</source>
        <translation>Bagaimana tim masuk ke masyarakat tanpa mengarahkan? Siapa yang dikunjungi dulu, pertemuan mana yang diikuti, bagaimana mendengarkan sebelum mengusulkan apa pun.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Visit the village head and the hamlet heads; join the PKK meeting…</source>
        <translation>mis. Sowan ke kepala desa dan kepala dusun; ikut pertemuan PKK…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entry plan</source>
        <translation>Rencana masuk</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="+47"/>
        <source>Something went wrong</source>
        <translation>Terjadi masalah</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Berdaya met a problem it did not expect, and what you just did may not have been saved.</source>
        <translation>Berdaya menemui masalah yang tidak terduga, dan apa yang baru saja Anda lakukan mungkin belum tersimpan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The details are also in the log: {file}</source>
        <translation>Rinciannya juga tercatat di log: {file}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The log could not be written; copy the details to send them.</source>
        <translation>Log tidak dapat ditulis; salin rinciannya untuk dikirimkan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy details</source>
        <translation>Salin rincian</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied</source>
        <translation>Tersalin</translation>
    </message>
</context>
<context>
    <name>EvaluationMeetingsPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/evaluation.py" line="+325"/>
        <source>Evaluation meetings</source>
        <translation>Pertemuan evaluasi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meet with the community to look back on the work together: who came, women and men, and who spoke.</source>
        <translation>Bertemu dengan warga untuk menilai kembali pekerjaan bersama: siapa yang hadir, perempuan dan laki-laki, dan siapa yang berbicara.</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <location filename="../../desktop/ui/wizards/implementation.py" line="+105"/>
        <source>Photos and documents</source>
        <translation>Foto dan dokumen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos of the work, for the reports: choose the progress entry they show. Photos are made smaller (1600 pixels) before they are kept.</source>
        <translation>Foto pekerjaan untuk laporan: pilih catatan kemajuan yang ditunjukkan foto. Foto diperkecil (1600 piksel) sebelum disimpan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No photo chosen</source>
        <translation>Belum ada foto dipilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose photo…</source>
        <translation>Pilih foto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Digging the well, first metre</source>
        <translation>mis. Menggali sumur, meter pertama</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Caption</source>
        <translation>Keterangan foto</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Of</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken</source>
        <translation>Diambil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add photo</source>
        <translation>Tambah foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo of</source>
        <translation>Foto dari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Taken on</source>
        <translation>Tanggal foto</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Preparing the photo…</source>
        <translation>Menyiapkan foto…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+24"/>
        <source>The photo cannot be read ({why}).</source>
        <translation>Foto tidak bisa dibaca ({why}).</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Log the progress of an activity first: photos belong to a visit.</source>
        <translation>Catat dulu kemajuan sebuah kegiatan: foto melekat pada satu kunjungan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a photo first.</source>
        <translation>Pilih foto dulu.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/ui/sync/exporting.py" line="+104"/>
        <location line="+194"/>
        <source>Export bundle</source>
        <translation>Ekspor bundel</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>A bundle carries your changes to another laptop or to the district office. Bring the file on a flash disk or send it; the receiver imports it.</source>
        <translation>Bundel membawa perubahan Anda ke laptop lain atau ke kantor kabupaten. Bawa berkasnya dengan flashdisk atau kirimkan; penerima tinggal mengimpornya.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This laptop does not yet say which villages or area it works for, so every receiver would refuse its bundle. Choose its places first.</source>
        <translation>Laptop ini belum menyebutkan desa atau wilayah kerjanya, sehingga setiap penerima akan menolak bundelnya. Pilih dulu wilayah kerjanya.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose this laptop&apos;s places…</source>
        <translation>Pilih wilayah kerja laptop ini…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only what the receiver does not have yet</source>
        <translation>Hanya yang belum dimiliki penerima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything (for a new or restored laptop)</source>
        <translation>Semuanya (untuk laptop baru atau yang dipulihkan)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every device this laptop exchanges with</source>
        <translation>Semua perangkat yang bertukar data dengan laptop ini</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody: the office&apos;s own backup of everything</source>
        <translation>Tidak untuk siapa pun: cadangan seluruh data kantor sendiri</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From:</source>
        <translation>Dari:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to send:</source>
        <translation>Yang dikirim:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiver:</source>
        <translation>Penerima:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It holds:</source>
        <translation>Isinya:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as:</source>
        <translation>Simpan sebagai:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Every village of {places}: keep it safe, it is not for a laptop.</source>
        <translation>Semua desa di {places}: simpan baik-baik, bundel ini bukan untuk laptop.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows of {places} only.</source>
        <translation>Hanya data {places}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rows: this device works for none of the same villages.</source>
        <translation>Tanpa data: perangkat ini tidak menangani desa yang sama.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save bundle as</source>
        <translation>Simpan bundel sebagai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berdaya bundles (*.berdaya)</source>
        <translation>Bundel Berdaya (*.berdaya)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Saving changes to {file}…</source>
        <translation>Menyimpan perubahan ke {file}…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export cancelled: no file was saved.</source>
        <translation>Ekspor dibatalkan: tidak ada berkas yang disimpan.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing new to send: the receivers already have every change made here. The small file {file} ({size}) only tells them what this laptop has received.</source>
        <translation>Tidak ada yang baru untuk dikirim: penerima sudah punya semua perubahan dari sini. Berkas kecil {file} ({size}) hanya memberi tahu mereka apa saja yang sudah diterima laptop ini.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved {count} changes ({size}) to {file}.</source>
        <translation>{count} perubahan ({size}) tersimpan di {file}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypted for {devices}: nobody else can read it.</source>
        <translation>Terenkripsi untuk {devices}: tidak ada orang lain yang dapat membacanya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not encrypted: this laptop does not know the receiver&apos;s encryption key yet (it comes with the office card or a bundle from them). Whoever gets the file can read it.</source>
        <translation>Tidak terenkripsi: laptop ini belum mengetahui kunci enkripsi penerima (kunci itu datang bersama kartu kantor atau bundel dari mereka). Siapa pun yang mendapat berkas ini dapat membacanya.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bundle saved</source>
        <translation>Bundel tersimpan</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The bundle was not saved</source>
        <translation>Bundel tidak tersimpan</translation>
    </message>
</context>
<context>
    <name>FacilitatorExitPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/termination_closing.py" line="-219"/>
        <source>The facilitator&apos;s role at zero</source>
        <translation>Peran pendamping sampai nol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The outside facilitators leave; the community&apos;s own cadres stay. Select a facilitator and release them on the day they left. Activities still carried by a facilitator must be finished or handed over.</source>
        <translation>Pendamping dari luar pamit; kader dari warga sendiri tetap. Pilih seorang pendamping lalu selesaikan tugasnya pada hari ia pamit. Kegiatan yang masih dipegang pendamping harus dituntaskan atau diserahkan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community or outside</source>
        <translation>Warga atau dari luar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation>Selesai bertugas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Release</source>
        <translation>Selesaikan tugas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Released on</source>
        <translation>Tanggal selesai bertugas</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Community cadre</source>
        <translation>Kader masyarakat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outside worker</source>
        <translation>Pendamping dari luar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still working</source>
        <translation>masih bertugas</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Select a facilitator in the list first.</source>
        <translation>Pilih dulu satu pendamping di daftar.</translation>
    </message>
</context>
<context>
    <name>FieldNotesPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/preparation.py" line="+106"/>
        <source>Field notes</source>
        <translation>Catatan lapangan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the team saw and heard while preparing the field. Ctrl+Enter adds.</source>
        <translation>Apa yang tim lihat dan dengar selama persiapan lapangan. Ctrl+Enter untuk menambah.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+8"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+11"/>
        <source>Written by</source>
        <translation>Ditulis oleh</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Add note</source>
        <translation>Tambah catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a field note</source>
        <translation>catatan lapangan</translation>
    </message>
</context>
<context>
    <name>FinalReportPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/termination_closing.py" line="+27"/>
        <location line="+12"/>
        <source>Final report</source>
        <translation>Laporan akhir</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>What the program achieved, what the community carries on by itself, and the lessons for the next program. It can still be changed after closing.</source>
        <translation>Apa yang dicapai program, apa yang dilanjutkan warga sendiri, dan pelajaran untuk program berikutnya. Laporan ini masih bisa diubah setelah program ditutup.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Air bersih mengalir ke 50 rumah; BUMDes mengelola iuran perawatan…</source>
        <translation>mis. Air bersih mengalir ke 50 rumah; BUMDes mengelola iuran perawatan…</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/evaluation.py" line="+13"/>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the community found when it looked back: what worked, what did not, what was learned, and what it recommends.</source>
        <translation>Apa yang ditemukan warga saat menilai kembali: yang berhasil, yang belum, pelajaran yang dipetik, dan rekomendasinya.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>— no goal in particular —</source>
        <translation>— tidak ke tujuan tertentu —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. The farmer group now meets every month</source>
        <translation>mis. Kelompok tani kini bertemu tiap bulan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a name, or choose the facilitator…</source>
        <translation>Ketik nama, atau pilih pendamping…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+15"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+16"/>
        <source>Goal</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+17"/>
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <location line="+15"/>
        <source>Recommendation</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+23"/>
        <source>Evaluated by</source>
        <translation>Dinilai oleh</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Add finding</source>
        <translation>Tambah temuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a finding</source>
        <translation>temuan</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>In the meeting</source>
        <translation>Dalam pertemuan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Success</source>
        <translation>Keberhasilan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson learned</source>
        <translation>Pelajaran</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>— none —</source>
        <translation>— tidak ada —</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+52"/>
        <source>Choose who evaluated: a team member, a group or the facilitator.</source>
        <translation>Pilih siapa yang menilai: anggota tim, kelompok, atau pendamping.</translation>
    </message>
</context>
<context>
    <name>FingerprintPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/first_start.py" line="-62"/>
        <source>This laptop&apos;s fingerprint</source>
        <translation>Sidik jari laptop ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>So the office knows the bundles really come from this laptop.</source>
        <translation>Agar kantor tahu bundel benar-benar berasal dari laptop ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This laptop now works for: {places}.</source>
        <translation>Laptop ini sekarang bekerja untuk: {places}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the office first receives a bundle from this laptop, they may call you: read them these letters and numbers.</source>
        <translation>Saat kantor pertama kali menerima bundel dari laptop ini, mereka mungkin menelepon Anda: bacakan huruf dan angka ini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next: create your first program, or look around with the demo data.</source>
        <translation>Berikutnya: buat program pertama Anda, atau lihat-lihat dengan data demo.</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <location line="+102"/>
        <source>Setting up Berdaya</source>
        <translation>Menyiapkan Berdaya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Lanjut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Nanti</translation>
    </message>
</context>
<context>
    <name>FolderSync</name>
    <message>
        <location filename="../../desktop/ui/sync/folder.py" line="+108"/>
        <source>Transfer folder: not looked at yet</source>
        <translation>Folder kirim: belum diperiksa</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Transfer folder: sending…</source>
        <translation>Folder kirim: mengirim…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Transfer folder: {reason}</source>
        <translation>Folder kirim: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent {time}</source>
        <translation>Terkirim {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received {time}</source>
        <translation>Diterima {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer folder: nothing sent or received yet</source>
        <translation>Folder kirim: belum ada yang terkirim atau diterima</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} bundle(s) need a decision</source>
        <translation>{count} bundel perlu keputusan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} bundle(s) refused</source>
        <translation>{count} bundel ditolak</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“{file}” was moved to {folder}; the reason is beside it:
{reason}</source>
        <translation>“{file}” dipindahkan ke {folder}; alasannya ada di sebelahnya:
{reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refused bundles</source>
        <translation>Bundel yang ditolak</translation>
    </message>
</context>
<context>
    <name>GanttArea</name>
    <message>
        <location filename="../../desktop/ui/timeline/area.py" line="+95"/>
        <source>Timeline chart</source>
        <translation>Bagan linimasa</translation>
    </message>
</context>
<context>
    <name>Goal</name>
    <message>
        <location filename="../../desktop/ui/vocabulary.py" line="+114"/>
        <source>Better institutions</source>
        <translation>Perbaikan kelembagaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Better business</source>
        <translation>Perbaikan usaha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Better income</source>
        <translation>Perbaikan pendapatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Better environment</source>
        <translation>Perbaikan lingkungan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Better living conditions</source>
        <translation>Perbaikan kehidupan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A better community</source>
        <translation>Perbaikan masyarakat</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <location filename="../../desktop/ui/goals_view.py" line="+53"/>
        <source>not measured yet</source>
        <translation>belum diukur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>target reached</source>
        <translation>target tercapai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{share} of the way · on track</source>
        <translation>{share} dari target · sesuai jalur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>went the wrong way · behind</source>
        <translation>berbalik arah · tertinggal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{share} of the way · behind</source>
        <translation>{share} dari target · tertinggal</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Counting…</source>
        <translation>Sedang menghitung…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>Data awal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest</source>
        <translation>Terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress toward the target</source>
        <translation>Kemajuan menuju target</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No indicator set for this goal yet.</source>
        <translation>Belum ada indikator untuk tujuan ini.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>measured {date}</source>
        <translation>diukur {date}</translation>
    </message>
</context>
<context>
    <name>HandoversPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/termination.py" line="+45"/>
        <source>Handovers to community institutions</source>
        <translation>Serah terima kepada lembaga masyarakat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which role, asset or record went to which institution (BUMDes, PKK, a farmer group), when, and what it is worth. Double-click or F2 corrects one.</source>
        <translation>Peran, aset, atau arsip apa yang diserahkan kepada lembaga mana (BUMDes, PKK, kelompok tani), kapan, dan berapa nilainya. Klik dua kali atau F2 untuk membetulkan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. Pompa air dan jaringan pipa</source>
        <translation>mis. Pompa air dan jaringan pipa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type an institution&apos;s name…</source>
        <translation>Ketik nama lembaga…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+14"/>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+12"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Handed over to</source>
        <translation>Diserahkan kepada</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Record handover</source>
        <translation>Catat serah terima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a handover</source>
        <translation>serah terima</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To institution</source>
        <translation>Kepada lembaga</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>or to a person</source>
        <translation>atau kepada perorangan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset</source>
        <translation>Aset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record or document</source>
        <translation>Arsip atau dokumen</translation>
    </message>
</context>
<context>
    <name>HeldPanel</name>
    <message>
        <location filename="../../desktop/ui/sync/held.py" line="+41"/>
        <source>These changes carry dates in the future: the sending laptop&apos;s clock was probably set wrong. Release applies them now; Discard drops them for good.</source>
        <translation>Perubahan ini bertanggal di masa depan: jam laptop pengirim kemungkinan salah diatur. Terapkan akan memasukkannya sekarang; Buang akan menghapusnya untuk selamanya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dated from</source>
        <translation>Tanggal dari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dated to</source>
        <translation>Tanggal sampai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No changes are held.</source>
        <translation>Tidak ada perubahan yang ditahan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Release</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply these changes now, as an import would.</source>
        <translation>Terapkan perubahan ini sekarang, seperti saat impor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop these changes; they are not applied here.</source>
        <translation>Buang perubahan ini; perubahan ini tidak diterapkan di sini.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Ready to apply</source>
        <translation>Siap diterapkan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Still in the future</source>
        <translation>Masih di masa depan</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Discard held changes</source>
        <translation>Buang perubahan yang ditahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop these changes for good? They will not be applied here.</source>
        <translation>Buang perubahan ini untuk selamanya? Perubahan ini tidak akan diterapkan di sini.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/ui/sync/importing.py" line="+84"/>
        <source>Import bundles</source>
        <translation>Impor bundel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bundles to import</source>
        <translation>Bundel yang akan diimpor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add files…</source>
        <translation>Tambah berkas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Hapus dari daftar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Ditahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What each bundle brings</source>
        <translation>Isi setiap bundel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Check first shows what each bundle would change, without changing anything.</source>
        <translation>Periksa dulu menunjukkan apa yang akan diubah tiap bundel, tanpa mengubah apa pun.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check first</source>
        <translation>Periksa dulu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review conflicts…</source>
        <translation>Periksa konflik…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bundles to import:</source>
        <translation>Bundel yang akan diimpor:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose bundles</source>
        <translation>Pilih bundel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berdaya bundles (*.berdaya);;All files (*)</source>
        <translation>Bundel Berdaya (*.berdaya);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking bundles</source>
        <translation>Memeriksa bundel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing bundles</source>
        <translation>Mengimpor bundel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking {count} bundle(s)…</source>
        <translation>Memeriksa {count} bundel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing {count} bundle(s)…</source>
        <translation>Mengimpor {count} bundel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another workstation is importing into this database; waiting for it to finish…</source>
        <translation>Komputer lain sedang mengimpor ke basis data ini; menunggu sampai selesai…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Nothing was changed. {ok} of {all} bundle(s) can be imported; press Import to bring them in.</source>
        <translation>Belum ada yang diubah. {ok} dari {all} bundel bisa diimpor; tekan Impor untuk memasukkannya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported {ok} of {all} bundle(s).</source>
        <translation>{ok} dari {all} bundel sudah diimpor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused bundles changed nothing in this database.</source>
        <translation>Bundel yang ditolak tidak mengubah apa pun di database ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported changes cannot be undone with Undo; the undo history was cleared.</source>
        <translation>Perubahan hasil impor tidak bisa dibatalkan dengan Urungkan; riwayat urungkan sudah dikosongkan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} edit(s) collided with edits made here: review them.</source>
        <translation>{count} perubahan bertabrakan dengan perubahan di sini: periksalah.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} laptop(s) not trusted here sent bundles: check each one&apos;s fingerprint below, then accept or refuse it.</source>
        <translation>{count} laptop yang belum dipercaya di sini mengirim bundel: periksa sidik jari masing-masing di bawah, lalu terima atau tolak.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Already imported before: skipped.</source>
        <translation>Sudah pernah diimpor: dilewati.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not imported: you refused the laptop that sent it.</source>
        <translation>Tidak diimpor: Anda menolak laptop pengirimnya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not imported yet: first decide on the laptop that sent it (below).</source>
        <translation>Belum diimpor: putuskan dulu soal laptop pengirimnya (di bawah).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not imported, nothing changed: {reason}</source>
        <translation>Tidak diimpor, tidak ada yang berubah: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing new from {sender}: this database already has all of it.</source>
        <translation>Tidak ada yang baru dari {sender}: database ini sudah memiliki semuanya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Would bring {count} new changes from {sender}</source>
        <translation>Akan membawa {count} perubahan baru dari {sender}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported {count} new changes from {sender}</source>
        <translation>Diimpor {count} perubahan baru dari {sender}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Nothing from “{name}” was imported, and its bundles will be refused here from now on.</source>
        <translation>Tidak ada yang diimpor dari “{name}”, dan mulai sekarang bundelnya ditolak di sini.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The import stopped; the bundle in progress changed nothing: {reason}</source>
        <translation>Impor terhenti; bundel yang sedang diproses tidak mengubah apa pun: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled. The bundle in progress changed nothing; bundles finished before the cancel stay imported.</source>
        <translation>Dibatalkan. Bundel yang sedang diproses tidak mengubah apa pun; bundel yang sudah selesai sebelumnya tetap terimpor.</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/formalisation_budget.py" line="+24"/>
        <source>Indicators under the six goals</source>
        <translation>Indikator di bawah enam tujuan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For each goal the plan serves, what will be measured: where it stands now (baseline) and where it should be (target).</source>
        <translation>Untuk setiap tujuan yang dilayani rencana ini, apa yang akan diukur: keadaan sekarang (data awal) dan keadaan yang dituju (target).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Households with clean water</source>
        <translation>mis. Rumah tangga yang mendapat air bersih</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. households, %, Rp per month</source>
        <translation>mis. rumah tangga, %, Rp per bulan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follows from the target</source>
        <translation>Mengikuti target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Should increase</source>
        <translation>Harus naik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Should decrease</source>
        <translation>Harus turun</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>Direction</source>
        <translation>Arah</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+14"/>
        <source>Goal</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Baseline</source>
        <translation>Data awal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Add indicator</source>
        <translation>Tambah indikator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an indicator</source>
        <translation>indikator</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Baseline (now)</source>
        <translation>Data awal (sekarang)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>↑ increase</source>
        <translation>↑ naik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↓ decrease</source>
        <translation>↓ turun</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+39"/>
        <source>Write a number, e.g. 20 or 12,5.</source>
        <translation>Tulis angka, mis. 20 atau 12,5.</translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <location filename="../../desktop/ui/issue_texts.py" line="+14"/>
        <source>A lag of {days} working days is too long: at most {most} days either way.</source>
        <translation>Jeda {days} hari kerja terlalu panjang: paling banyak {most} hari, maju atau mundur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A laptop works either for villages or for one office area, not both.</source>
        <translation>Laptop bekerja untuk desa-desa atau untuk satu wilayah kantor, tidak keduanya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A laptop&apos;s name has at most {count} letters.</source>
        <translation>Nama laptop paling banyak {count} huruf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lead of {days} working days is longer than “{predecessor}” itself ({length} working days).</source>
        <translation>Maju {days} hari kerja lebih panjang daripada “{predecessor}” sendiri ({length} hari kerja).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A milestone starts and ends on the same day.</source>
        <translation>Tonggak capaian (milestone) dimulai dan berakhir pada hari yang sama.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A monitoring team, every indicator measured, an evaluation meeting with attendance, and at least one finding.</source>
        <translation>Ada tim pemantau, setiap indikator sudah diukur, ada pertemuan evaluasi beserta daftar hadirnya, dan minimal satu temuan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A named voter casts one vote.</source>
        <translation>Setiap pemilih yang disebut namanya hanya memberikan satu suara.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A program needs a name.</source>
        <translation>Program harus diberi nama.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A score must be from {low} to {high}.</source>
        <translation>Skor harus antara {low} sampai {high}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A team with roles, an entry plan, at least one key contact and one field note.</source>
        <translation>Ada tim beserta perannya, rencana masuk ke masyarakat, minimal satu tokoh kunci, dan satu catatan lapangan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A village counts as late after 1 to {most} days without sending; {days} is not possible.</source>
        <translation>Desa dihitung terlambat setelah 1 sampai {most} hari tanpa mengirim; {days} tidak mungkin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A weight must be a whole number of at least 1.</source>
        <translation>Bobot harus bilangan bulat, minimal 1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action plans from the chosen alternatives</source>
        <translation>Rencana aksi dari alternatif yang dipilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities, responsible groups and dates</source>
        <translation>Kegiatan, kelompok penanggung jawab, dan tanggal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one activity to “{title}”.</source>
        <translation>Tambahkan minimal satu kegiatan ke “{title}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="-289"/>
        <source>Add at least one field note from preparing the field.</source>
        <translation>Tambahkan minimal satu catatan lapangan dari persiapan lapangan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one indicator with its baseline and target.</source>
        <translation>Tambahkan minimal satu indikator beserta nilai awal dan targetnya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="-1"/>
        <source>Add at least one key contact or local institution.</source>
        <translation>Tambahkan minimal satu tokoh kunci atau lembaga setempat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one meeting with its attendance.</source>
        <translation>Tambahkan minimal satu pertemuan beserta daftar hadirnya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one of the community&apos;s resources.</source>
        <translation>Tambahkan minimal satu sumber daya milik masyarakat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one problem or need the community raised.</source>
        <translation>Tambahkan minimal satu masalah atau kebutuhan yang disampaikan masyarakat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one signatory.</source>
        <translation>Tambahkan minimal satu penanda tangan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add indicators in the formalisation stage first.</source>
        <translation>Tambahkan dulu indikator di tahap Perumusan rencana aksi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the activities of “{title}” before recording its agreement.</source>
        <translation>Tambahkan kegiatan “{title}” sebelum mencatat berita acara kesepakatannya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the budget of “{title}”, with its sources (community or outside).</source>
        <translation>Tambahkan anggaran “{title}” beserta sumbernya (swadaya masyarakat atau dari luar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the exit checklist.</source>
        <translation>Tambahkan daftar periksa terminasi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the problems and needs before ranking them.</source>
        <translation>Tambahkan masalah dan kebutuhan sebelum menyusun peringkatnya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the signatories of the agreement of “{title}”.</source>
        <translation>Tambahkan penanda tangan berita acara kesepakatan “{title}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement (berita acara) and signatories</source>
        <translation>Berita acara kesepakatan dan penanda tangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternatives per priority problem</source>
        <translation>Alternatif untuk setiap masalah prioritas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An office works for a sub-district or a regency.</source>
        <translation>Kantor bekerja untuk sebuah kecamatan atau kabupaten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An office&apos;s bundle is cut for the one device that receives it: choose it with --to ({devices}), or use --full for the office&apos;s own backup.</source>
        <translation>Bundel kantor dipotong untuk satu perangkat penerimanya: pilih dengan --to ({devices}), atau pakai --full untuk cadangan kantor sendiri.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assessment</source>
        <translation>Pengkajian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assets handed over to community institutions</source>
        <translation>Aset sudah diserahkan kepada lembaga masyarakat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="-2"/>
        <source>Assign at least one facilitator and their role.</source>
        <translation>Tugaskan minimal satu pendamping beserta perannya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance ({present}) is larger than the group ({size} members).</source>
        <translation>Jumlah yang hadir ({present}) lebih banyak dari anggota kelompok ({size} orang).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Berdaya may not write in the transfer folder “{folder}” ({reason}).</source>
        <translation>Berdaya tidak boleh menulis di folder kirim “{folder}” ({reason}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bringing this link back would make a loop of activities.</source>
        <translation>Memunculkan kembali keterkaitan ini akan membuat kegiatan berputar tanpa ujung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget and its sources</source>
        <translation>Anggaran dan sumbernya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose alternatives in the planning stage first.</source>
        <translation>Pilih dulu alternatif di tahap Perencanaan alternatif.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one alternative per problem.</source>
        <translation>Pilih minimal satu alternatif untuk setiap masalah.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one alternative with the community.</source>
        <translation>Pilih minimal satu alternatif bersama masyarakat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one alternative.</source>
        <translation>Pilih minimal satu alternatif.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one problem as a priority.</source>
        <translation>Pilih minimal satu masalah sebagai prioritas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one village, or the office&apos;s area.</source>
        <translation>Pilih paling sedikit satu desa, atau wilayah kantor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one file to attach.</source>
        <translation>Pilih satu berkas untuk dilampirkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the community group that is responsible.</source>
        <translation>Pilih kelompok masyarakat yang bertanggung jawab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the community member who is responsible.</source>
        <translation>Pilih warga yang bertanggung jawab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="+10"/>
        <source>Choose the person or the local institution.</source>
        <translation>Pilih orangnya atau lembaga setempatnya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the transfer folder with Browse… (a full folder path).</source>
        <translation>Pilih folder kirim dengan Pilih… (jalur folder lengkap).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the program formally, with its closing date.</source>
        <translation>Tutup program secara resmi, beserta tanggal penutupannya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community entry plan</source>
        <translation>Rencana masuk ke masyarakat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="+13"/>
        <source>Complete the {earlier} stage first.</source>
        <translation>Selesaikan dulu tahap {earlier}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict {number} does not exist.</source>
        <translation>Konflik data {number} tidak ada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict {number} is already resolved.</source>
        <translation>Konflik data {number} sudah diselesaikan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contributions</source>
        <translation>Swadaya masyarakat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria and weights</source>
        <translation>Kriteria dan bobot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dependencies</source>
        <translation>Keterkaitan antarkegiatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the budget line.</source>
        <translation>Tulis keterangan mata anggaran ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device “{device}” is already trusted with another key ({fingerprint}); revoke it first if the laptop was reset.</source>
        <translation>Perangkat “{device}” sudah dipercaya dengan kunci lain ({fingerprint}); cabut dulu kepercayaannya jika laptop itu disetel ulang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter at least one vote.</source>
        <translation>Masukkan minimal satu suara.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the points each problem received.</source>
        <translation>Masukkan poin yang diperoleh setiap masalah.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Evaluasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every chosen alternative has an action plan with activities inside the program&apos;s dates, no loop of dependencies, a budget with its sources, indicators with baseline and target, and a signed agreement.</source>
        <translation>Setiap alternatif yang dipilih punya rencana aksi dengan kegiatan di dalam rentang tanggal program, tanpa keterkaitan yang berputar-putar, anggaran beserta sumbernya, indikator dengan nilai awal dan target, serta berita acara kesepakatan yang sudah ditandatangani.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every prioritised problem has alternatives with who proposed them, weighed by scores or votes, and at least one alternative is chosen.</source>
        <translation>Setiap masalah prioritas punya alternatif beserta pengusulnya, sudah ditimbang dengan skor atau pemungutan suara, dan minimal satu alternatif sudah dipilih.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exit checklist</source>
        <translation>Daftar periksa terminasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitators and their roles</source>
        <translation>Pendamping dan perannya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field notes</source>
        <translation>Catatan lapangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files cannot be attached to that kind of record.</source>
        <translation>Berkas tidak dapat dilampirkan pada jenis catatan ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final report</source>
        <translation>Laporan akhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form the community&apos;s monitoring team: add at least one member.</source>
        <translation>Bentuk tim pemantau dari masyarakat: tambahkan minimal satu anggota.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formal closing</source>
        <translation>Penutupan resmi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formalising the action plan</source>
        <translation>Formalisasi Rencana Aksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give each signatory&apos;s name.</source>
        <translation>Tulis nama setiap penanda tangan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the activity a title.</source>
        <translation>Beri judul kegiatan ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the date it was done.</source>
        <translation>Isi tanggal selesai dikerjakan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="-19"/>
        <source>Give the facilitator&apos;s role.</source>
        <translation>Tulis peran pendamping.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the file a name.</source>
        <translation>Beri nama berkas ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the indicator&apos;s unit.</source>
        <translation>Tulis satuan indikator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="+5"/>
        <source>Give the key contact&apos;s role.</source>
        <translation>Tulis peran tokoh kunci ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the meeting a title.</source>
        <translation>Beri judul pertemuan ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the member&apos;s role in the team.</source>
        <translation>Tulis peran anggota ini dalam tim.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the role of “{name}”.</source>
        <translation>Tulis peran “{name}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give this laptop a name, e.g. “Laptop Bu Sri”.</source>
        <translation>Beri nama laptop ini, mis. “Laptop Bu Sri”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handovers to community institutions</source>
        <translation>Serah terima kepada lembaga masyarakat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold at least one evaluation meeting with the community and record its attendance.</source>
        <translation>Adakan minimal satu pertemuan evaluasi bersama masyarakat dan catat daftar hadirnya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Implementation</source>
        <translation>Pelaksanaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator measurements</source>
        <translation>Pengukuran indikator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators under the six goals</source>
        <translation>Indikator untuk keenam tujuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key contacts and local institutions</source>
        <translation>Tokoh kunci dan lembaga setempat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log the progress of at least one activity.</source>
        <translation>Catat kemajuan minimal satu kegiatan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the action plan of “{title}”.</source>
        <translation>Buat rencana aksi untuk “{title}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure “{name}” at least once.</source>
        <translation>Ukur “{name}” minimal satu kali.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings and attendance</source>
        <translation>Pertemuan dan daftar hadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings with attendance, problems with who raised them, resources, and a ranking by the community with at least one priority.</source>
        <translation>Ada pertemuan beserta daftar hadirnya, masalah beserta siapa yang menyampaikannya, sumber daya, dan peringkat yang disusun masyarakat dengan minimal satu prioritas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More than one device has a fingerprint starting with {device}.</source>
        <translation>Ada lebih dari satu perangkat dengan sidik kunci yang diawali {device}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the criterion.</source>
        <translation>Beri nama kriteria ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the indicator.</source>
        <translation>Beri nama indikator ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the outside agency that is responsible.</source>
        <translation>Sebutkan lembaga dari luar yang bertanggung jawab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the resource.</source>
        <translation>Beri nama sumber daya ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No device {device} is known here.</source>
        <translation>Perangkat {device} tidak dikenal di sini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No device {device} is known here; use --full for a device never heard from.</source>
        <translation>Perangkat {device} tidak dikenal di sini; pakai --full untuk perangkat yang belum pernah mengirim apa pun.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No held changes come from a bundle “{bundle}”</source>
        <translation>Tidak ada perubahan tertahan dari bundel “{bundle}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing of the stage “{stage}” has reached this office yet: there is nothing to review.</source>
        <translation>Belum ada catatan tahap “{stage}” yang sampai ke kantor ini: belum ada yang bisa ditinjau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only an office hands out an office card; this laptop works for villages.</source>
        <translation>Hanya kantor yang membagikan kartu kantor; laptop ini bekerja untuk desa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an office records a verdict on a stage: this laptop works for a village, and the office reviews what the village sends.</source>
        <translation>Hanya kantor yang mencatat keputusan atas suatu tahap: laptop ini bekerja untuk desa, dan kantor meninjau apa yang dikirim desa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Participatory evaluation meetings</source>
        <translation>Pertemuan evaluasi partisipatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and documents</source>
        <translation>Foto dan dokumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planning alternatives</source>
        <translation>Perencanaan Alternatif Program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points must be whole numbers.</source>
        <translation>Poin harus bilangan bulat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparation</source>
        <translation>Persiapan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prioritise at least one problem.</source>
        <translation>Jadikan minimal satu masalah sebagai prioritas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prioritise problems in the assessment stage first.</source>
        <translation>Tentukan dulu masalah prioritas di tahap Pengkajian.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems and needs</source>
        <translation>Masalah dan kebutuhan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress cannot go back: “{title}” was already at {was}% on {day}.</source>
        <translation>Kemajuan tidak bisa mundur: “{title}” sudah mencapai {was}% pada {day}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress logged, contributions recorded, and every activity of the action plan at 100%.</source>
        <translation>Kemajuan sudah dicatat, swadaya sudah dicatat, dan setiap kegiatan dalam rencana aksi sudah mencapai 100%.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress must be a whole percent from 0 to 100.</source>
        <translation>Kemajuan harus berupa persen bulat dari 0 sampai 100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress must be from 0 to 100 percent, not {value}.</source>
        <translation>Kemajuan harus dari 0 sampai 100 persen, bukan {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress of the activities</source>
        <translation>Kemajuan kegiatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propose at least one alternative for “{title}”.</source>
        <translation>Usulkan minimal satu alternatif untuk “{title}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank the needs with the community: by votes or in pairs.</source>
        <translation>Susun peringkat kebutuhan bersama masyarakat: dengan pemungutan suara atau perbandingan berpasangan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranking of needs</source>
        <translation>Peringkat kebutuhan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record at least one finding of the evaluation.</source>
        <translation>Catat minimal satu temuan evaluasi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record at least one handover of a role, asset or record to a community institution.</source>
        <translation>Catat minimal satu serah terima peran, aset, atau arsip kepada lembaga masyarakat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record the agreement (berita acara) of “{title}”.</source>
        <translation>Catat berita acara kesepakatan “{title}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the community&apos;s votes before ranking.</source>
        <translation>Catat suara masyarakat sebelum menyusun peringkat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the pairwise choices before ranking.</source>
        <translation>Catat pilihan dari perbandingan berpasangan sebelum menyusun peringkat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record what was contributed: money, labour days or materials.</source>
        <translation>Catat swadaya yang diberikan: uang, hari kerja, atau bahan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record who attended: at least one person, by name or counted.</source>
        <translation>Catat siapa yang hadir: minimal satu orang, dengan nama atau dengan jumlah.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records and documents handed over</source>
        <translation>Arsip dan dokumen sudah diserahkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release “{name}” from the program: the facilitator&apos;s role must come to zero.</source>
        <translation>Selesaikan tugas “{name}” di program ini: peran pendamping harus berkurang sampai nol.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resources and assets</source>
        <translation>Sumber daya dan aset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Tinjauan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles handed over to community institutions</source>
        <translation>Peran sudah diserahkan kepada lembaga masyarakat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rupiah are whole: “{text}” has sen.</source>
        <translation>Rupiah itu bilangan bulat: “{text}” memuat sen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say to whom it was handed over: an institution or a person.</source>
        <translation>Sebutkan kepada siapa diserahkan: lembaga atau perorangan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say to whom “{what}” was handed over.</source>
        <translation>Sebutkan kepada siapa “{what}” diserahkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what must be done before leaving.</source>
        <translation>Tulis apa yang harus diselesaikan sebelum pendamping keluar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what needs to change, so the village knows what to fix.</source>
        <translation>Tuliskan apa yang perlu diubah, agar desa tahu apa yang harus diperbaiki.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what the alternative is.</source>
        <translation>Tulis isi alternatifnya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what the problem or need is.</source>
        <translation>Tulis masalah atau kebutuhannya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what was handed over.</source>
        <translation>Tulis apa yang diserahkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say who proposed it: a resident or a group.</source>
        <translation>Sebutkan siapa yang mengusulkan: warga atau kelompok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say who proposed “{title}”.</source>
        <translation>Sebutkan siapa yang mengusulkan “{title}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say who raised it: a resident or a group.</source>
        <translation>Sebutkan siapa yang menyampaikan: warga atau kelompok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say who raised “{title}”.</source>
        <translation>Sebutkan siapa yang menyampaikan “{title}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score or vote on the alternatives for “{title}” before choosing.</source>
        <translation>Beri skor atau adakan pemungutan suara atas alternatif untuk “{title}” sebelum memilih.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score or vote on the alternatives for “{title}”.</source>
        <translation>Beri skor atau adakan pemungutan suara atas alternatif untuk “{title}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score “{title}” on every criterion (missing: {missing}).</source>
        <translation>Beri skor “{title}” pada setiap kriteria (belum diberi skor: {missing}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores and votes</source>
        <translation>Skor dan pemungutan suara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the {before} stage first.</source>
        <translation>Mulai dulu tahap {before}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="+13"/>
        <source>Start the {stage} stage first.</source>
        <translation>Mulai dulu tahap {stage}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termination</source>
        <translation>Terminasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That action plan is not one of this program&apos;s.</source>
        <translation>Rencana aksi itu bukan milik program ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That activity no longer exists.</source>
        <translation>Kegiatan itu sudah tidak ada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That alternative is not one of this program&apos;s.</source>
        <translation>Alternatif itu bukan milik program ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="-7"/>
        <source>That community group no longer exists.</source>
        <translation>Kelompok masyarakat itu sudah tidak ada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That link no longer exists.</source>
        <translation>Kaitan itu sudah tidak ada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That meeting is not one of this program&apos;s meetings.</source>
        <translation>Pertemuan itu bukan pertemuan program ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="-1"/>
        <source>That person no longer exists.</source>
        <translation>Orang itu sudah tidak ada dalam data.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That problem is not one of this program&apos;s problems.</source>
        <translation>Masalah itu bukan masalah program ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That program no longer exists.</source>
        <translation>Program itu sudah tidak ada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That progress log is not one of this activity&apos;s.</source>
        <translation>Catatan kemajuan itu bukan milik kegiatan ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="+6"/>
        <source>That record no longer exists.</source>
        <translation>Catatan tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That verdict no longer exists.</source>
        <translation>Keputusan itu sudah tidak ada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That {what} belongs to another program.</source>
        <translation>Data {what} itu milik program lain.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That {what} no longer exists.</source>
        <translation>Data {what} itu sudah tidak ada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The action plan has no activities yet: formalise it first.</source>
        <translation>Rencana aksi ini belum punya kegiatan: rumuskan dulu rencananya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup of “{name}” came out damaged: the database itself may be damaged.</source>
        <translation>Cadangan “{name}” ternyata rusak: basis datanya sendiri mungkin rusak.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The closing date ({day}) is before the program starts ({start}).</source>
        <translation>Tanggal penutupan ({day}) lebih awal dari tanggal mulai program ({start}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The closing meeting is held</source>
        <translation>Musyawarah penutupan sudah diadakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The community&apos;s choice</source>
        <translation>Pilihan masyarakat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The community&apos;s monitoring team</source>
        <translation>Tim pemantau dari masyarakat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The community&apos;s monitoring team keeps working</source>
        <translation>Tim pemantau warga tetap berjalan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The completion date ({day}) comes before the stage started ({start}).</source>
        <translation>Tanggal selesai ({day}) lebih awal dari tanggal mulai tahap ini ({start}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full: the report “{name}” was not written.</source>
        <translation>Disk penuh: laporan “{name}” tidak ditulis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end date ({end}) comes before the start date ({start}).</source>
        <translation>Tanggal selesai ({end}) lebih awal dari tanggal mulai ({start}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end date ({end}) of “{name}” comes before its start date ({start}).</source>
        <translation>Tanggal selesai “{name}” ({end}) lebih awal dari tanggal mulainya ({start}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exit checklist complete, handovers recorded, the facilitators released, the final report written, and the program formally closed.</source>
        <translation>Daftar periksa terminasi sudah lengkap, serah terima sudah dicatat, tugas para pendamping sudah selesai, laporan akhir sudah ditulis, dan program sudah ditutup secara resmi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The facilitator&apos;s role at zero</source>
        <translation>Peran pendamping sampai nol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The facilitator&apos;s role has come to zero</source>
        <translation>Peran pendamping sudah sampai nol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file “{name}” cannot be read ({why}).</source>
        <translation>Berkas “{name}” tidak dapat dibaca ({why}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file “{name}” is empty.</source>
        <translation>Berkas “{name}” kosong.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file “{name}” is too large ({size}; at most {limit}).</source>
        <translation>Berkas “{name}” terlalu besar ({size}; paling besar {limit}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The final report is written</source>
        <translation>Laporan akhir sudah ditulis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {folder} does not exist: the report “{name}” was not written.</source>
        <translation>Folder {folder} tidak ada: laporan “{name}” tidak ditulis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The held changes could not be applied because they refer to records this database does not have; nothing was changed.</source>
        <translation>Perubahan yang tertahan tidak bisa diterapkan karena merujuk ke data yang tidak ada di basis data ini; tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The held changes of bundle {bundle} clash with rows here; nothing was changed.</source>
        <translation>Perubahan tertahan dari bundel {bundle} bentrok dengan data di sini; tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lag must be a whole number of working days.</source>
        <translation>Jeda harus berupa jumlah hari kerja yang bulat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The links between {names} go round in a loop; remove one of them.</source>
        <translation>Keterkaitan antara {names} berputar-putar tanpa ujung; hapus salah satunya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The log date ({day}) is before “{title}” starts ({start}).</source>
        <translation>Tanggal pencatatan ({day}) lebih awal dari tanggal mulai “{title}” ({start}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The measured value must be a number.</source>
        <translation>Hasil pengukuran harus berupa angka.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The measurement date ({day}) comes before the baseline of “{name}” ({base}).</source>
        <translation>Tanggal pengukuran ({day}) lebih awal dari tanggal nilai awal “{name}” ({base}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meeting “{title}” has no attendance recorded.</source>
        <translation>Pertemuan “{title}” belum punya daftar hadir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The monthly due day is a day from 1 to {most}, which every month has; {day} is not possible.</source>
        <translation>Tanggal batas bulanan adalah tanggal 1 sampai {most}, yang ada di setiap bulan; {day} tidak mungkin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The number of {what} cannot be negative ({value}).</source>
        <translation>Jumlah {what} tidak boleh negatif ({value}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of {what} must be a whole number.</source>
        <translation>Jumlah {what} harus bilangan bulat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The planned end comes before the start.</source>
        <translation>Rencana selesai lebih awal dari tanggal mulai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The principles&apos; scores</source>
        <translation>Skor prinsip-prinsip pemberdayaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The program “{name}” was closed on {closed}; it can no longer be changed.</source>
        <translation>Program “{name}” sudah ditutup pada {closed}; program ini tidak dapat diubah lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The program “{name}” was closed on {day}; its timeline can no longer be changed.</source>
        <translation>Program “{name}” sudah ditutup pada {day}; jadwalnya tidak bisa diubah lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The quantity cannot be negative ({q}).</source>
        <translation>Jumlahnya tidak boleh negatif ({q}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record of conflict {number} is gone.</source>
        <translation>Catatan konflik data {number} sudah tidak ada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="-14"/>
        <source>The release date ({end}) comes before the assignment date ({start}).</source>
        <translation>Tanggal selesai bertugas ({end}) lebih awal dari tanggal mulai bertugas ({start}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report “{name}” could not be written ({reason}).</source>
        <translation>Laporan “{name}” tidak dapat ditulis ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The target date ({target}) comes before the baseline date ({base}).</source>
        <translation>Tanggal target ({target}) lebih awal dari tanggal nilai awal ({base}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The target of “{name}” ({target}) is above its baseline ({base}), but it should decrease.</source>
        <translation>Target “{name}” ({target}) lebih tinggi dari nilai awalnya ({base}), padahal seharusnya turun.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The target of “{name}” ({target}) is below its baseline ({base}), but it should increase.</source>
        <translation>Target “{name}” ({target}) lebih rendah dari nilai awalnya ({base}), padahal seharusnya naik.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The target of “{name}” ({target}) is the same as its baseline.</source>
        <translation>Target “{name}” ({target}) sama dengan nilai awalnya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The transfer folder “{folder}” cannot be reached: plug in the drive or choose another folder in the settings.</source>
        <translation>Folder kirim “{folder}” tidak dapat dijangkau: pasang drive-nya atau pilih folder lain di pengaturan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The winner must be one of the two problems compared.</source>
        <translation>Yang terpilih harus salah satu dari dua masalah yang dibandingkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="+18"/>
        <source>The {stage} stage is not completed.</source>
        <translation>Tahap {stage} belum selesai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="-11"/>
        <source>The {what} ({day}) is after the program&apos;s planned end ({end}).</source>
        <translation>Program direncanakan selesai pada {end}, sedangkan {what} jatuh pada {day}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="-1"/>
        <source>The {what} ({day}) is before the program starts ({start}).</source>
        <translation>Program baru dimulai pada {start}, sedangkan {what} jatuh pada {day}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} cannot be negative (Rp {value}).</source>
        <translation>Isi {what} dengan angka nol atau lebih, bukan Rp {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} must be a number.</source>
        <translation>Isi {what} dengan angka.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} must be a whole number of Rupiah.</source>
        <translation>Isi {what} dengan angka Rupiah yang bulat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} must be more than zero ({value}).</source>
        <translation>Isi {what} dengan angka lebih dari nol, bukan {value}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no prioritised problems to choose for.</source>
        <translation>Belum ada masalah prioritas yang bisa dipilihkan alternatifnya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a criterion “{name}”.</source>
        <translation>Kriteria “{name}” sudah ada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no permission to write in {folder}: the report “{name}” was not written.</source>
        <translation>Tidak ada izin untuk menulis di {folder}: laporan “{name}” tidak ditulis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database lives on a server: its backups are the server&apos;s job (pg_dump or the server&apos;s own backups), not Berdaya&apos;s.</source>
        <translation>Basis data ini ada di server: pencadangannya tugas server (pg_dump atau cadangan server itu sendiri), bukan tugas Berdaya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This device cannot revoke itself.</source>
        <translation>Perangkat ini tidak bisa mencabut kepercayaan atas dirinya sendiri.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop works for {places}, so a program can only be made there. To work in {village} too, add it to this laptop in Settings first.</source>
        <translation>Laptop ini bekerja untuk {places}, jadi program hanya dapat dibuat di sana. Untuk bekerja di {village} juga, tambahkan desa itu ke laptop ini di Pengaturan terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This program&apos;s village ({village}) is outside this office&apos;s area.</source>
        <translation>Desa program ini ({village}) berada di luar wilayah kantor ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This text holds an invisible control character (such as a NUL byte, an escape or a line break) that cannot be stored. Retype it.</source>
        <translation>Teks ini memuat karakter kendali yang tak terlihat (misalnya byte NUL, escape, atau ganti baris) yang tidak bisa disimpan. Ketik ulang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This text is {length} characters long; at most {limit} fit.</source>
        <translation>Teks ini panjangnya {length} karakter; paling banyak {limit} yang muat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick off “{text}” on the exit checklist.</source>
        <translation>Centang “{text}” di daftar periksa terminasi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust in the office “{device}” ({fingerprint}) was revoked on this laptop; to undo that, confirm the fingerprint with the office by phone and trust its card again.</source>
        <translation>Kepercayaan pada kantor “{device}” ({fingerprint}) sudah dicabut di laptop ini; untuk membatalkannya, pastikan sidik jarinya dengan kantor lewat telepon lalu percayai kartunya lagi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a number.</source>
        <translation>Ketik sebuah angka.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work on “{title}” was already recorded on {day}: a start on {start} would put the plan after the work.</source>
        <translation>Pekerjaan “{title}” sudah tercatat pada {day}: mulai pada {start} berarti rencana berada setelah pekerjaannya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="-1"/>
        <source>Write the field note.</source>
        <translation>Tulis catatan lapangannya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the final report.</source>
        <translation>Tulis laporan akhir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="-10"/>
        <source>Write the plan for entering the community.</source>
        <translation>Tulis rencana masuk ke masyarakat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write what was found.</source>
        <translation>Tulis apa yang ditemukan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a change outside the ranges it declares</source>
        <translation>ada perubahan di luar rentang yang dinyatakannya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a malformed change</source>
        <translation>ada perubahan yang formatnya salah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a malformed or repeated change</source>
        <translation>ada perubahan yang formatnya salah atau berulang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a malformed row id</source>
        <translation>ada ID baris yang formatnya salah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action plan</source>
        <translation>rencana aksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activity</source>
        <translation>kegiatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actual cost</source>
        <translation>biaya sebenarnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>affected households</source>
        <translation>rumah tangga terdampak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreement</source>
        <translation>berita acara kesepakatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alternative</source>
        <translation>alternatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unreadable change</source>
        <translation>ada perubahan yang tidak terbaca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unreadable value</source>
        <translation>ada nilai yang tidak terbaca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assignment date</source>
        <translation>tanggal mulai bertugas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>baseline</source>
        <translation>nilai awal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>baseline date</source>
        <translation>tanggal nilai awal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>budget line</source>
        <translation>mata anggaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checklist item</source>
        <translation>butir daftar periksa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completion date</source>
        <translation>tanggal selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contribution</source>
        <translation>swadaya/bantuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contribution date</source>
        <translation>tanggal swadaya diberikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>criterion</source>
        <translation>kriteria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>tanggal kegiatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date done</source>
        <translation>tanggal selesai dikerjakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date taken</source>
        <translation>tanggal pengambilan foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypted member</source>
        <translation>ada berkas di dalamnya yang terenkripsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end date</source>
        <translation>tanggal selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>estimated cost</source>
        <translation>perkiraan biaya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>estimated value</source>
        <translation>perkiraan nilai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facilitator</source>
        <translation>pendamping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field note</source>
        <translation>catatan lapangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finding</source>
        <translation>temuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finding&apos;s date</source>
        <translation>tanggal temuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handover</source>
        <translation>serah terima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handover date</source>
        <translation>tanggal serah terima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indicator</source>
        <translation>indikator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>joining date</source>
        <translation>tanggal bergabung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key contact</source>
        <translation>tokoh kunci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log date</source>
        <translation>tanggal pencatatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest: a device has two ranges</source>
        <translation>daftar isi: satu perangkat punya dua rentang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest: bad blob name</source>
        <translation>daftar isi: nama lampiran salah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest: bad filter</source>
        <translation>daftar isi: daftar tempat tujuan salah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest: bad member name</source>
        <translation>daftar isi: nama berkas salah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest: bad public key</source>
        <translation>daftar isi: kunci publik salah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest: bad range</source>
        <translation>daftar isi: rentang salah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest: bad recipient</source>
        <translation>daftar isi: kunci enkripsi pengirim salah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest: counts do not add up</source>
        <translation>daftar isi: jumlahnya tidak cocok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measurement date</source>
        <translation>tanggal pengukuran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting</source>
        <translation>pertemuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting date</source>
        <translation>tanggal pertemuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>men counted</source>
        <translation>laki-laki yang dihitung tanpa nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>men present</source>
        <translation>laki-laki yang hadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no places</source>
        <translation>tidak satu wilayah pun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note&apos;s date</source>
        <translation>tanggal catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>problem</source>
        <translation>masalah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quantity</source>
        <translation>jumlah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>release date</source>
        <translation>tanggal selesai bertugas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resource</source>
        <translation>sumber daya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signing date</source>
        <translation>tanggal penandatanganan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start date</source>
        <translation>tanggal mulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target date</source>
        <translation>tanggal target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team member</source>
        <translation>anggota tim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many members</source>
        <translation>berkas di dalamnya terlalu banyak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit value</source>
        <translation>harga satuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>tidak dikenal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown compression</source>
        <translation>pemadatan tidak dikenal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreadable manifest</source>
        <translation>daftar isi tidak terbaca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>nilai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value of a contribution</source>
        <translation>nilai swadaya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>voting date</source>
        <translation>tanggal pemungutan suara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>women counted</source>
        <translation>perempuan yang dihitung tanpa nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>women present</source>
        <translation>perempuan yang hadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} is not an official Kemendagri place code.</source>
        <translation>{code} bukan kode wilayah resmi Kemendagri.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{a}” and “{b}” belong to different programs and cannot be linked.</source>
        <translation>“{a}” dan “{b}” berasal dari program yang berbeda sehingga tidak dapat dihubungkan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{bundle}” names more than one bundle; give more of its id.</source>
        <translation>“{bundle}” cocok dengan lebih dari satu bundel; tulis ID-nya lebih panjang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{b}” already follows “{a}”.</source>
        <translation>“{b}” sudah dijadwalkan setelah “{a}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{b}” cannot follow “{a}”: that would make a loop, because {path} already leads back to it.</source>
        <translation>“{b}” tidak dapat dijadwalkan setelah “{a}”: urutannya akan berputar-putar, karena {path} sudah kembali ke kegiatan itu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{device}” is not a device id.</source>
        <translation>“{device}” bukan ID perangkat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{file}” builds on changes {first} to {last} of device “{device}” ({fingerprint}), which this database does not have yet: import the earlier bundle that carries them first.</source>
        <translation>“{file}” melanjutkan perubahan {first} sampai {last} dari perangkat “{device}” ({fingerprint}), yang belum ada di basis data ini: impor dulu bundel sebelumnya yang membawa perubahan itu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” builds on {parts}, which this database does not have yet: import the earlier bundle that carries them first.</source>
        <translation>“{file}” melanjutkan {parts}, yang belum ada di basis data ini: impor dulu bundel sebelumnya yang membawa perubahan itu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” could not be decrypted with this device&apos;s key although it names this device; ask device “{device}” ({fingerprint}) to send it again.</source>
        <translation>“{file}” tidak dapat dibuka dengan kunci perangkat ini walaupun ditujukan untuk perangkat ini; mintalah perangkat “{device}” ({fingerprint}) mengirimnya lagi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” could not be merged because its rows clash with rows here (the same record made twice, or a reference to a record this database does not have), so nothing of it was imported.</source>
        <translation>“{file}” tidak bisa digabungkan karena datanya bentrok dengan data di sini (data yang sama dibuat dua kali, atau merujuk ke data yang tidak ada di basis data ini), jadi tidak ada isinya yang diimpor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” could not be read: {reason}</source>
        <translation>“{file}” tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{file}” does not exist.</source>
        <translation>“{file}” tidak ada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{file}” has an unknown bundle format ({version}).</source>
        <translation>“{file}” memakai format bundel yang tidak dikenal ({version}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{file}” is damaged or incomplete ({detail}), so it was not imported; ask for the bundle again.</source>
        <translation>Berkas “{file}” rusak atau tidak lengkap ({detail}), jadi tidak diimpor; mintalah bundelnya dikirim ulang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” is damaged or incomplete, so it was not imported; ask for the bundle again.</source>
        <translation>Berkas “{file}” rusak atau tidak lengkap, jadi tidak diimpor; mintalah bundelnya dikirim ulang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” is encrypted for {receivers}, not for this device.</source>
        <translation>“{file}” dienkripsi untuk {receivers}, bukan untuk perangkat ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{file}” is encrypted, and this step reads only bundles opened with this device&apos;s key.</source>
        <translation>“{file}” terenkripsi, dan langkah ini hanya membaca paket yang sudah dibuka dengan kunci perangkat ini.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>“{file}” was refused because device “{device}” ({fingerprint}) was refused here before.</source>
        <translation>“{file}” ditolak karena perangkat “{device}” ({fingerprint}) sudah pernah ditolak di sini.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>“{file}” is not a Berdaya bundle (it is not a bundle file at all).</source>
        <translation>“{file}” bukan bundel Berdaya (sama sekali bukan berkas bundel).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{file}” is not a Berdaya bundle, or it is incomplete (its signed manifest is missing).</source>
        <translation>“{file}” bukan bundel Berdaya, atau tidak lengkap (daftar isinya yang bertanda tangan tidak ada).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” is not a Berdaya bundle.</source>
        <translation>“{file}” bukan bundel Berdaya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{file}” is not an office card, or it is damaged.</source>
        <translation>“{file}” bukan kartu kantor, atau sudah rusak.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{file}” is the card of a village laptop; only an office&apos;s card can be imported.</source>
        <translation>“{file}” adalah kartu laptop desa; hanya kartu kantor yang dapat diimpor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{file}” is this laptop&apos;s own card: give it to the villages&apos; laptops.</source>
        <translation>“{file}” adalah kartu laptop ini sendiri: berikan kepada laptop-laptop desa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{file}” is too large to be an office card.</source>
        <translation>“{file}” terlalu besar untuk sebuah kartu kantor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{file}” was made by a newer Berdaya (bundle format {version}); install the newer Berdaya to import it.</source>
        <translation>“{file}” dibuat oleh Berdaya versi lebih baru (format bundel {version}); pasang Berdaya yang lebih baru untuk mengimpornya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” was made by a newer version of Berdaya; update Berdaya to read it.</source>
        <translation>“{file}” dibuat oleh versi Berdaya yang lebih baru; perbarui Berdaya untuk membacanya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{file}” was not imported: device “{device}” (fingerprint {fingerprint}) is not trusted here yet and claims {places}; accept it only if you know it.</source>
        <translation>“{file}” tidak diimpor: perangkat “{device}” (sidik jari {fingerprint}) belum dipercaya di sini dan mengaku mewakili {places}; terima hanya jika Anda mengenalnya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” was not imported: device “{device}” (fingerprint {fingerprint}) now claims {places} as well, beyond what it was trusted for here ({trusted}); accept this only if it is right.</source>
        <translation>“{file}” tidak diimpor: perangkat “{device}” (sidik jari {fingerprint}) kini juga mengaku mewakili {places}, di luar yang dipercayakan kepadanya di sini ({trusted}); terima hanya jika itu benar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” was refused because device “{device}” ({fingerprint}) may only change {places}, but it changes rows of other villages: {rows} and {more} more.</source>
        <translation>“{file}” ditolak karena perangkat “{device}” ({fingerprint}) hanya boleh mengubah {places}, tetapi bundel ini mengubah data desa lain: {rows} dan {more} lagi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” was refused because device “{device}” ({fingerprint}) may only change {places}, but it changes rows of other villages: {rows}.</source>
        <translation>“{file}” ditolak karena perangkat “{device}” ({fingerprint}) hanya boleh mengubah {places}, tetapi bundel ini mengubah data desa lain: {rows}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{file}” was refused because it claims to come from device “{device}” but is signed with another key ({fingerprint}) than the one trusted for it ({trusted}).</source>
        <translation>“{file}” ditolak karena mengaku berasal dari perangkat “{device}”, tetapi ditandatangani dengan kunci lain ({fingerprint}), bukan kunci yang dipercaya untuk perangkat itu ({trusted}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” was refused because it contains a file with an unsafe name ({member}), which a real Berdaya bundle never has.</source>
        <translation>“{file}” ditolak karena berisi berkas dengan nama yang tidak aman ({member}); bundel Berdaya yang asli tidak pernah begitu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” was refused because it holds a file its manifest does not list ({member}).</source>
        <translation>“{file}” ditolak karena berisi berkas yang tidak tercantum di daftar isinya ({member}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” was refused because it holds an unexpected file {member}.</source>
        <translation>“{file}” ditolak karena berisi berkas yang tidak semestinya ada: {member}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{file}” was refused because it holds rows of villages this device does not work for ({villages}); this device works for {places} only.</source>
        <translation>“{file}” ditolak karena bundel ini memuat data desa yang tidak ditangani perangkat ini ({villages}); perangkat ini hanya menangani {places}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” was refused because it holds two files named {member}, which a real Berdaya bundle never has.</source>
        <translation>“{file}” ditolak karena berisi dua berkas bernama {member}; bundel Berdaya yang asli tidak pernah begitu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” was refused because it was encrypted by someone other than the device that signed it.</source>
        <translation>“{file}” ditolak karena dienkripsi oleh pihak lain, bukan oleh perangkat yang menandatanganinya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” was refused because its encryption does not match the signature of device “{device}” ({fingerprint}): someone else changed it after it was sealed.</source>
        <translation>“{file}” ditolak karena enkripsinya tidak cocok dengan tanda tangan perangkat “{device}” ({fingerprint}): orang lain mengubahnya setelah disegel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” was refused because its file {member} would unpack far larger than any real bundle (a zip bomb).</source>
        <translation>“{file}” ditolak karena berkas {member} di dalamnya akan membengkak jauh melebihi bundel yang wajar (bom zip).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” was refused because its sender encrypted it but it arrived unencrypted: someone else removed the encryption.</source>
        <translation>“{file}” ditolak karena pengirimnya mengenkripsinya tetapi paket ini tiba tanpa enkripsi: orang lain telah membuka enkripsinya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” was refused because its signature does not match its content: it was changed after the sending device signed it.</source>
        <translation>“{file}” ditolak karena tanda tangannya tidak cocok dengan isinya: berkas ini diubah setelah ditandatangani oleh perangkat pengirim.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” was refused because the key fingerprint it names does not belong to its key.</source>
        <translation>“{file}” ditolak karena sidik kunci yang disebutkannya bukan milik kuncinya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” was refused because trust in device “{device}” ({fingerprint}) was revoked.</source>
        <translation>“{file}” ditolak karena kepercayaan pada perangkat “{device}” ({fingerprint}) sudah dicabut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” was refused because {sender} changes rows that belong to another village: {rows}.</source>
        <translation>“{file}” ditolak karena {sender} mengubah data milik desa lain: {rows}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” was refused: its signature does not match, so it was changed after the office made it, or not made by that office.</source>
        <translation>“{file}” ditolak: tanda tangannya tidak cocok, jadi kartu itu diubah setelah dibuat kantor, atau bukan dibuat oleh kantor itu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” was refused: this laptop already trusts “{device}” with another key ({fingerprint}); revoke that one first if the office&apos;s laptop was reset.</source>
        <translation>“{file}” ditolak: laptop ini sudah memercayai “{device}” dengan kunci lain ({fingerprint}); cabut dulu kepercayaan itu jika laptop kantor disetel ulang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” does not exist.</source>
        <translation>“{name}” tidak ada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” does not exist: there is nothing to back up.</source>
        <translation>“{name}” tidak ada: tidak ada yang bisa dicadangkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” has already voted for “{title}”.</source>
        <translation>“{name}” sudah memberikan suara untuk “{title}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is a file, not a folder.</source>
        <translation>“{name}” adalah berkas, bukan folder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is a folder, not a file to write a report to.</source>
        <translation>“{name}” adalah folder, bukan berkas untuk menulis laporan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="+4"/>
        <source>“{name}” is already a facilitator of this program.</source>
        <translation>“{name}” sudah menjadi pendamping program ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is already on the monitoring team.</source>
        <translation>“{name}” sudah masuk tim pemantau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is damaged or not a database: choose another backup.</source>
        <translation>“{name}” rusak atau bukan basis data: pilih cadangan lain.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is in use by another program: close it, then restore again.</source>
        <translation>“{name}” sedang dipakai program lain: tutup program itu, lalu pulihkan lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” is listed twice.</source>
        <translation>“{name}” tercatat dua kali.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” is not a Berdaya database.</source>
        <translation>“{name}” bukan basis data Berdaya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” was made by a newer version of Berdaya: install it to restore this backup.</source>
        <translation>“{name}” dibuat oleh Berdaya versi lebih baru: pasang versi itu untuk memulihkan cadangan ini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{step}” is not a step of the {stage} stage.</source>
        <translation>“{step}” bukan langkah dalam tahap {stage}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{successor}” cannot start before “{predecessor}” starts: a start-to-start link takes no lead.</source>
        <translation>“{successor}” tidak bisa mulai sebelum “{predecessor}” dimulai: kaitan mulai–mulai tidak boleh dimajukan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}” can be read two ways. Write thousands with a dot (1.500) and decimals with a comma (1,5).</source>
        <translation>“{text}” bisa dibaca dua cara. Tulis ribuan dengan titik (1.500) dan desimal dengan koma (1,5).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}” cannot be negative here.</source>
        <translation>“{text}” tidak boleh negatif di sini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is already on the checklist.</source>
        <translation>“{text}” sudah ada di daftar periksa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is more than the largest allowed, {maximum}.</source>
        <translation>“{text}” melebihi batas terbesar yang diizinkan, {maximum}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not a number as it is written here: a dot groups thousands and a comma marks decimals, as in 12.500 or 12.500,50.</source>
        <translation>“{text}” bukan angka menurut cara penulisan di sini: titik memisahkan ribuan dan koma menandai desimal, seperti 12.500 atau 12.500,50.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}” is too large a number.</source>
        <translation>“{text}” angkanya terlalu besar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” must be a whole number.</source>
        <translation>“{text}” harus bilangan bulat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” already has an action plan.</source>
        <translation>“{title}” sudah punya rencana aksi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” already has its agreement.</source>
        <translation>“{title}” sudah punya berita acara kesepakatan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” cannot be compared with itself.</source>
        <translation>“{title}” tidak dapat dibandingkan dengan dirinya sendiri.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” cannot depend on itself.</source>
        <translation>“{title}” tidak bisa menunggu dirinya sendiri.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” cannot end before it starts.</source>
        <translation>“{title}” tidak bisa selesai sebelum dimulai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” cannot get negative points ({points}).</source>
        <translation>“{title}” tidak boleh mendapat poin negatif ({points}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” falls outside the program&apos;s dates.</source>
        <translation>“{title}” berada di luar rentang tanggal program.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” has no rank yet: rank the problems again.</source>
        <translation>“{title}” belum punya peringkat: susun ulang peringkat masalah.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” is a milestone: it has one date, not a length.</source>
        <translation>“{title}” adalah tonggak: hanya punya satu tanggal, bukan rentang waktu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” is at {progress}%: log its progress up to 100%.</source>
        <translation>“{title}” baru mencapai {progress}%: catat kemajuannya sampai 100%.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” is not a prioritised problem; alternatives are made for the community&apos;s priorities.</source>
        <translation>“{title}” bukan masalah prioritas; alternatif hanya disusun untuk prioritas masyarakat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{title}” is still carried by the facilitator; hand it over to the community.</source>
        <translation>“{title}” masih dijalankan oleh pendamping; serahkan kepada masyarakat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{title}” was not chosen by the community; only chosen alternatives become action plans.</source>
        <translation>“{title}” tidak dipilih oleh masyarakat; hanya alternatif yang dipilih yang dijadikan rencana aksi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{title}” was only at {was}% later, on {day}.</source>
        <translation>“{title}” tercatat baru {was}% pada tanggal sesudahnya, {day}.</translation>
    </message>
    <message>
        <location line="-519"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="+11"/>
        <source>Give the person&apos;s name.</source>
        <translation>Isi nama orangnya.</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>A backup cannot be written over the database itself.</source>
        <translation>Cadangan tidak boleh ditulis menimpa basis data itu sendiri.</translation>
    </message>
    <message>
        <location line="+75"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="+1"/>
        <source>Choose whether the person is a woman or a man.</source>
        <translation>Pilih apakah orang ini perempuan atau laki-laki.</translation>
    </message>
    <message>
        <location line="+160"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="+1"/>
        <source>The birth year {year} cannot be right.</source>
        <translation>Tahun lahir {year} tidak mungkin benar.</translation>
    </message>
    <message>
        <location line="-44"/>
        <location filename="../../desktop/ui/wizards/preparation.py" line="+1"/>
        <source>Records of “{table}” cannot be removed.</source>
        <translation>Catatan “{table}” tidak bisa dihapus.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizards/preparation.py" line="+2"/>
        <source>No database is open.</source>
        <translation>Belum ada basis data yang dibuka.</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../desktop/ui/jobs.py" line="+237"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>KeyContactsPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/preparation.py" line="+169"/>
        <source>Key contacts and local institutions</source>
        <translation>Tokoh kunci dan lembaga lokal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The village head, religious and customary leaders, and the institutions (PKK, BPD, farmer groups) the team works through. Choose a person or a group.</source>
        <translation>Kepala desa, tokoh agama dan tokoh adat, serta lembaga (PKK, BPD, kelompok tani) yang menjadi jalan kerja tim. Pilih orang atau kelompok.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a group&apos;s name…</source>
        <translation>Ketik nama kelompok…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Kepala desa, Ketua PKK</source>
        <translation>mis. Kepala desa, Ketua PKK</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person or institution</source>
        <translation>Orang atau lembaga</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Notes</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Add contact</source>
        <translation>Tambah tokoh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a key contact</source>
        <translation>tokoh kunci</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>or institution</source>
        <translation>atau lembaga</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/first_start.py" line="-387"/>
        <source>Welcome to Berdaya</source>
        <translation>Selamat datang di Berdaya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First, the language of the program.</source>
        <translation>Pertama, bahasa program ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the language you want to work in.</source>
        <translation>Pilih bahasa yang ingin Anda gunakan.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+73"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+72"/>
        <source>Opening the database…</source>
        <translation>Membuka database…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="+90"/>
        <source>&amp;New program…</source>
        <translation>Program &amp;baru…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open database…</source>
        <translation>B&amp;uka database…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recent &amp;databases</source>
        <translation>&amp;Database terakhir</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore from backup…</source>
        <translation>Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Navigator</source>
        <translation>Panel &amp;navigasi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Timeline of the program</source>
        <translation>&amp;Linimasa program</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Timeline of &amp;all programs</source>
        <translation>Linimasa &amp;semua program</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open log folder</source>
        <translation>Buka folder log</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;About Berdaya</source>
        <translation>&amp;Tentang Berdaya</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Demo data ({file})</source>
        <translation>Data contoh ({file})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} (not found)</source>
        <translation>{name} (tidak ditemukan)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No databases opened yet</source>
        <translation>Belum ada database yang dibuka</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the files not found</source>
        <translation>Hapus berkas yang tidak ditemukan dari daftar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+93"/>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Device id {id}
Key fingerprint {fingerprint}</source>
        <translation>ID perangkat {id}
Sidik kunci {fingerprint}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No database is open</source>
        <translation>Tidak ada database yang terbuka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open another database…</source>
        <translation>Buka database lain…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No database open</source>
        <translation>Tidak ada database terbuka</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database cannot be opened</source>
        <translation>Database tidak dapat dibuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berdaya could not open this database.</source>
        <translation>Berdaya tidak dapat membuka database ini.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open database</source>
        <translation>Buka database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berdaya databases (*.sqlite *.db);;All files (*)</source>
        <translation>Database Berdaya (*.sqlite *.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+15"/>
        <source>Demo data</source>
        <translation>Data contoh</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>This version of Berdaya comes without demo data.</source>
        <translation>Versi Berdaya ini tidak menyertakan data contoh.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening the demo database…</source>
        <translation>Membuka database contoh…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making programs in {count} villages…</source>
        <translation>Membuat program di {count} desa…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the demo database…</source>
        <translation>Membaca database contoh…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not done</source>
        <translation>Tidak dapat dilakukan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizards/commands.py" line="+59"/>
        <source>The database reported a problem: {error}</source>
        <translation>Database melaporkan masalah: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+64"/>
        <location line="+14"/>
        <source>Stage wizard</source>
        <translation>Panduan tahap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This stage&apos;s wizard is not available yet.</source>
        <translation>Panduan untuk tahap ini belum tersedia.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berdaya will use {language} the next time it starts.</source>
        <translation>Berdaya akan memakai {language} mulai saat dibuka berikutnya.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline/window.py" line="+50"/>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="-84"/>
        <location filename="../../desktop/ui/timeline/window.py" line="+1"/>
        <source>Choose a program on the left first.</source>
        <translation>Pilih dulu program di sebelah kiri.</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Device: {name}</source>
        <translation>Perangkat: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline/window.py" line="+29"/>
        <source>Timeline — Berdaya</source>
        <translation>Linimasa — Berdaya</translation>
    </message>
</context>
<context>
    <name>MeasurementsPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/evaluation.py" line="-343"/>
        <source>Indicator measurements</source>
        <translation>Pengukuran indikator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The indicators agreed in the action plan, with their baseline and target. Measure each one together with the monitoring team.</source>
        <translation>Indikator yang disepakati dalam rencana kerja, dengan data awal dan targetnya. Ukur masing-masing bersama tim pemantau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Goal</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <location line="+11"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>Data awal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest</source>
        <translation>Terakhir</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Type a name, or choose the facilitator…</source>
        <translation>Ketik nama, atau pilih pendamping…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+16"/>
        <source>Measured by</source>
        <translation>Diukur oleh</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Add measurement</source>
        <translation>Tambah pengukuran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a measurement</source>
        <translation>pengukuran</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measured on</source>
        <translation>Tanggal ukur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indicators of the action plan</source>
        <translation>Indikator rencana kerja</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Add indicators in the formalisation stage first.</source>
        <translation>Tambahkan dulu indikator di tahap formalisasi.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose who measured: a team member, a group or the facilitator.</source>
        <translation>Pilih siapa yang mengukur: anggota tim, kelompok, atau pendamping.</translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <location filename="../../desktop/ui/wizards/meetings.py" line="-202"/>
        <source>Deliberation (musyawarah)</source>
        <translation>Musyawarah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus group discussion</source>
        <translation>Diskusi kelompok terarah (FGD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field walk (transect)</source>
        <translation>Penelusuran wilayah (transek)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring</source>
        <translation>Pemantauan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Evaluasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Woman</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Man</source>
        <translation>Laki-laki</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location line="+211"/>
        <source>Meetings and attendance</source>
        <translation>Pertemuan dan daftar hadir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each meeting with the community: who came, by name or counted, and who spoke. Women&apos;s presence matters: count them.</source>
        <translation>Setiap pertemuan dengan warga: siapa yang hadir, dengan nama atau dihitung, dan siapa yang berbicara. Kehadiran perempuan penting: hitunglah.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Musyawarah Dusun Kidul</source>
        <translation>mis. Musyawarah Dusun Kidul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole community (or type a group&apos;s name)</source>
        <translation>Seluruh warga (atau ketik nama kelompok)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+26"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+21"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+27"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>For</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spoke</source>
        <translation>Berbicara</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add meeting</source>
        <translation>Tambah pertemuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a meeting</source>
        <translation>pertemuan</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>For the group</source>
        <translation>Untuk kelompok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>Daftar hadir</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Whole community</source>
        <translation>Seluruh warga</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the person from the list, or add a new one.</source>
        <translation>Pilih orangnya dari daftar, atau tambahkan orang baru.</translation>
    </message>
</context>
<context>
    <name>MonitoringTeamPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/evaluation.py" line="-247"/>
        <source>The community&apos;s monitoring team</source>
        <translation>Tim pemantau warga</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Villagers who follow the work and measure its results for the community. Give each one a role; a mix of women and men makes the team stronger.</source>
        <translation>Warga yang mengikuti pekerjaan dan mengukur hasilnya untuk masyarakat. Beri masing-masing peran; perempuan dan laki-laki bersama membuat tim lebih kuat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Ketua, Anggota</source>
        <translation>mis. Ketua, Anggota</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Joined</source>
        <translation>Bergabung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add to the team</source>
        <translation>Tambah ke tim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a team member</source>
        <translation>anggota tim</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person</source>
        <translation>Warga</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Joined on</source>
        <translation>Tanggal bergabung</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+26"/>
        <source>Choose a person from the list, or add a new one.</source>
        <translation>Pilih warga dari daftar, atau tambah warga baru.</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/first_start.py" line="+212"/>
        <source>This laptop&apos;s name</source>
        <translation>Nama laptop ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the office and other laptops will know this one.</source>
        <translation>Nama yang dikenali kantor dan laptop lain.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name people recognise, with the owner&apos;s name: for example “Laptop Bu Sri”.</source>
        <translation>Nama yang mudah dikenali, dengan nama pemiliknya: misalnya “Laptop Bu Sri”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Laptop Bu Sri</source>
        <translation>mis. Laptop Bu Sri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and continue</source>
        <translation>Simpan dan lanjutkan</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The database reported a problem: {error}</source>
        <translation>Database melaporkan masalah: {error}</translation>
    </message>
</context>
<context>
    <name>NavigatorPanel</name>
    <message>
        <location filename="../../desktop/ui/navigator.py" line="+166"/>
        <source>Search villages and programs</source>
        <translation>Cari desa dan program</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Villages and programs</source>
        <translation>Desa dan program</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>{village}&lt;br&gt;{place}&lt;br&gt;Village code {code}</source>
        <translation>{village}&lt;br&gt;{place}&lt;br&gt;Kode desa {code}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All stages done</source>
        <translation>Semua tahap selesai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage {number}: {name}</source>
        <translation>Tahap {number}: {name}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Nothing matches “{text}”.</source>
        <translation>Tidak ada yang cocok dengan “{text}”.</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../desktop/ui/wizards/people.py" line="+59"/>
        <source>New person</source>
        <translation>Orang baru</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Woman</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Man</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lives in this village</source>
        <translation>Tinggal di desa ini</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>NewProgramDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/new_program.py" line="+298"/>
        <source>New program</source>
        <translation>Program baru</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Type the village&apos;s name, e.g. Sukamaju</source>
        <translation>Ketik nama desa, misalnya Sukamaju</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>e.g. Clean water for Dusun Krajan</source>
        <translation>misalnya Air bersih untuk Dusun Krajan</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Planned end</source>
        <translation>Rencana selesai</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>What the community wants to achieve</source>
        <translation>Apa yang ingin dicapai masyarakat</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Set a date</source>
        <translation>Tentukan tanggal</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Create program</source>
        <translation>Buat program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Program name</source>
        <translation>Nama program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Type at least two letters of the name.</source>
        <translation>Ketik paling sedikit dua huruf dari namanya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No village called “{text}” in the official list.</source>
        <translation>Tidak ada desa bernama “{text}” dalam daftar resmi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list of villages could not be searched: {error}</source>
        <translation>Daftar desa tidak dapat dicari: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villages you already work in. Type to search all of Indonesia.</source>
        <translation>Desa yang sudah Anda dampingi. Ketik untuk mencari di seluruh Indonesia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search among all villages of Indonesia.</source>
        <translation>Cari di antara semua desa di Indonesia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the village from the list ({count} found).</source>
        <translation>Pilih desanya dari daftar ({count} ditemukan).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The planned end comes before the start. Choose a later date.</source>
        <translation>Rencana selesai lebih awal dari tanggal mulai. Pilih tanggal yang lebih akhir.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the program&apos;s village.</source>
        <translation>Pilih desa tempat program ini berjalan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This laptop does not work for {village}: a program can only be made in its own villages. To work there too, add the village in Settings first.</source>
        <translation>Laptop ini tidak bekerja untuk {village}: program hanya dapat dibuat di desanya sendiri. Untuk bekerja di sana juga, tambahkan desa itu di Pengaturan terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the program a name.</source>
        <translation>Beri nama program ini.</translation>
    </message>
</context>
<context>
    <name>NewcomerCard</name>
    <message>
        <location filename="../../desktop/ui/sync/newcomers.py" line="+43"/>
        <source>Fingerprint</source>
        <translation>Sidik jari</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accept this laptop</source>
        <translation>Terima laptop ini</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accept the new villages</source>
        <translation>Terima desa-desa barunya</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refuse</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bundles from this laptop will be refused here from now on.</source>
        <translation>Mulai sekarang bundel dari laptop ini ditolak di sini.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Fingerprint:</source>
        <translation>Sidik jari:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A laptop not known here sent bundles: “{name}”</source>
        <translation>Laptop yang belum dikenal di sini mengirim bundel: “{name}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” now says it works for more villages</source>
        <translation>“{name}” kini mengaku bekerja untuk lebih banyak desa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It says it works for: {places}.</source>
        <translation>Laptop ini mengaku bekerja untuk: {places}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It was accepted here for: {places}.</source>
        <translation>Sebelumnya diterima di sini untuk: {places}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now it also claims: {places}.</source>
        <translation>Kini juga mengaku mewakili: {places}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It says it took over from {name} (a backup restored on it).</source>
        <translation>Laptop ini mengaku menggantikan {name} (cadangan yang dipulihkan di laptop ini).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call the person who uses it and ask them to read out its fingerprint (in Settings). Accept only if every group matches and the villages are right; nothing is imported from it until you decide.</source>
        <translation>Telepon pemakainya dan minta ia membacakan sidik jari laptopnya (ada di Pengaturan). Terima hanya jika setiap kelompok cocok dan desanya benar; tidak ada yang diimpor darinya sampai Anda memutuskan.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refused: bundles from this laptop will be refused here.</source>
        <translation>Ditolak: bundel dari laptop ini akan ditolak di sini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted: its bundles are imported when you press Import.</source>
        <translation>Diterima: bundelnya diimpor saat Anda menekan Impor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted: its bundles were imported.</source>
        <translation>Diterima: bundelnya sudah diimpor.</translation>
    </message>
</context>
<context>
    <name>OfficeCard</name>
    <message>
        <location filename="../../desktop/ui/sync/card.py" line="-111"/>
        <source>The card was not imported</source>
        <translation>Kartu tidak diimpor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/menu.py" line="+55"/>
        <source>Office &amp;card…</source>
        <translation>Ka&amp;rtu kantor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import o&amp;ffice card…</source>
        <translation>Impor kar&amp;tu kantor…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync/card.py" line="+48"/>
        <source>Save the office card as</source>
        <translation>Simpan kartu kantor sebagai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office cards (*.berdaya-card)</source>
        <translation>Kartu kantor (*.berdaya-card)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The card was not saved</source>
        <translation>Kartu tidak disimpan</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Import office card</source>
        <translation>Impor kartu kantor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office cards (*.berdaya-card);;All files (*)</source>
        <translation>Kartu kantor (*.berdaya-card);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Trust this office again?</source>
        <translation>Percayai kantor ini lagi?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trust again</source>
        <translation>Percayai lagi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The office “{office}” is trusted: bundles for it are encrypted from now on.</source>
        <translation>Kantor “{office}” dipercaya: mulai sekarang bundel untuknya dienkripsi.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This bundle will not be encrypted: this laptop does not know the office&apos;s key yet. Whoever finds the file could read the residents&apos; names and phone numbers. Import the office card first (the office gives it to you), or export unencrypted.</source>
        <translation>Bundel ini tidak akan dienkripsi: laptop ini belum mengenal kunci kantor. Siapa pun yang menemukan berkasnya dapat membaca nama dan nomor telepon warga. Impor dulu kartu kantor (kantor yang memberikannya kepada Anda), atau ekspor tanpa enkripsi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import the office card first…</source>
        <translation>Impor kartu kantor dulu…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export unencrypted</source>
        <translation>Ekspor tanpa enkripsi</translation>
    </message>
</context>
<context>
    <name>OfficeCharts</name>
    <message>
        <location filename="../../desktop/ui/office/charts.py" line="+57"/>
        <source>Programs per stage</source>
        <translation>Program per tahap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The four principles per sub-district</source>
        <translation>Empat prinsip per kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women&apos;s share of attendance per sub-district</source>
        <translation>Porsi perempuan dalam kehadiran per kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community and outside money, planned and given</source>
        <translation>Dana swadaya dan dana luar, rencana dan yang masuk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>women&apos;s share</source>
        <translation>porsi perempuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>community&apos;s share of the work</source>
        <translation>porsi masyarakat dalam pekerjaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facilitator&apos;s share, lower is better</source>
        <translation>porsi fasilitator, makin rendah makin baik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>community&apos;s share of resources</source>
        <translation>porsi sumber daya dari masyarakat</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>Programs</source>
        <translation>Program</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+27"/>
        <source>Threshold</source>
        <translation>Ambang batas</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Women&apos;s share of attendance</source>
        <translation>Porsi perempuan dalam kehadiran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Women</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{name}: planned {community} community and {outside} outside</source>
        <translation>{name}: rencana {community} swadaya dan {outside} dana luar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>given {community} community and {outside} outside</source>
        <translation>masuk {community} swadaya dan {outside} dana luar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rupiah</source>
        <translation>Rupiah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Community, planned</source>
        <translation>Swadaya, rencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside, planned</source>
        <translation>Dana luar, rencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community, given</source>
        <translation>Swadaya, masuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside, given</source>
        <translation>Dana luar, masuk</translation>
    </message>
</context>
<context>
    <name>OfficeMenu</name>
    <message>
        <location filename="../../desktop/ui/office/menu.py" line="+41"/>
        <source>&amp;Report…</source>
        <translation>&amp;Laporan…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Dashboard of the area</source>
        <translation>&amp;Dasbor wilayah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Programs and navigator</source>
        <translation>&amp;Program dan navigator</translation>
    </message>
</context>
<context>
    <name>OfficeRulesBox</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings.py" line="+194"/>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Dinas PMD Kabupaten Bogor</source>
        <translation>mis. Dinas PMD Kabupaten Bogor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A village is late when nothing has come from it for longer than the limit; a month&apos;s bundle is on time when it arrives by the due day. Reports and the dashboard use these.</source>
        <translation>Desa dianggap terlambat bila tidak ada kiriman darinya lebih lama dari batas ini; kiriman sebulan tepat waktu bila tiba paling lambat pada tanggal jatuh tempo. Laporan dan dasbor memakai aturan ini.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Office name</source>
        <translation>Nama kantor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late after</source>
        <translation>Terlambat setelah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly due day</source>
        <translation>Tanggal jatuh tempo bulanan</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../desktop/ui/overview.py" line="+103"/>
        <source>Stages</source>
        <translation>Tahapan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Key figures</source>
        <translation>Angka kunci</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meetings with the community</source>
        <translation>Pertemuan dengan masyarakat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women&apos;s share of attendance</source>
        <translation>Perempuan di antara yang hadir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activities done</source>
        <translation>Kegiatan selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean progress of activities</source>
        <translation>Rata-rata kemajuan kegiatan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Planned budget</source>
        <translation>Rencana anggaran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Community contributions received</source>
        <translation>Swadaya masyarakat yang masuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour days given by the community</source>
        <translation>Hari kerja swadaya masyarakat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The four principles</source>
        <translation>Empat prinsip</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The six goals</source>
        <translation>Enam tujuan</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Village code {code}</source>
        <translation>Kode desa {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started {date}</source>
        <translation>Mulai {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>planned end {date}</source>
        <translation>rencana selesai {date}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Closed {date}</source>
        <translation>Ditutup {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All stages done</source>
        <translation>Semua tahap selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage {number} of {total}: {name}</source>
        <translation>Tahap {number} dari {total}: {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{women} women and {men} men attended</source>
        <translation>dihadiri {women} perempuan dan {men} laki-laki</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No meetings recorded yet</source>
        <translation>Belum ada pertemuan yang dicatat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{women} of {total} attendances</source>
        <translation>{women} dari {total} kehadiran</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No attendance recorded yet</source>
        <translation>Belum ada kehadiran yang dicatat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>activities finished, of all planned</source>
        <translation>kegiatan selesai dari semua yang direncanakan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>averaged over all activities</source>
        <translation>rata-rata dari semua kegiatan</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>No activities planned yet</source>
        <translation>Belum ada kegiatan yang direncanakan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>community {community} ({share}) · outside {outside}</source>
        <translation>swadaya {community} ({share}) · dari luar {outside}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No budget planned yet</source>
        <translation>Belum ada anggaran yang direncanakan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>money, labour and materials, valued in Rupiah</source>
        <translation>uang, tenaga, dan bahan, dinilai dalam Rupiah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>and {outside} from outside</source>
        <translation>ditambah {outside} dari luar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>person-days of work (HOK)</source>
        <translation>hari orang kerja (HOK)</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../desktop/ui/pages.py" line="+46"/>
        <source>Choose a program on the left</source>
        <translation>Pilih program di sebelah kiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its stages and key figures will appear here.</source>
        <translation>Tahapan dan angka kuncinya akan tampil di sini.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opening the database…</source>
        <translation>Membuka database…</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>The database is damaged</source>
        <translation>Basis data rusak</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some pages of “{name}” cannot be read, so what it shows could be incomplete, and no good backup of it was found.</source>
        <translation>Sebagian halaman “{name}” tidak dapat dibaca, jadi isinya mungkin tidak lengkap, dan tidak ditemukan cadangan yang baik.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>Open another database…</source>
        <translation>Buka basis data lain…</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Some pages of “{name}” cannot be read, so what it shows could be incomplete; the newest good backup is from {made}.</source>
        <translation>Sebagian halaman “{name}” tidak dapat dibaca, jadi isinya mungkin tidak lengkap; cadangan baik yang terbaru berasal dari {made}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore the backup of {made}</source>
        <translation>Pulihkan cadangan {made}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The backup could not be restored</source>
        <translation>Cadangan tidak dapat dipulihkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring {backup} failed: {error}</source>
        <translation>Pemulihan {backup} gagal: {error}</translation>
    </message>
</context>
<context>
    <name>PartyPicker</name>
    <message>
        <location filename="../../desktop/ui/wizards/implementation_forms.py" line="+55"/>
        <source>community group</source>
        <translation>kelompok masyarakat</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+21"/>
        <source>The facilitator</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>outside</source>
        <translation>pihak luar</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../desktop/ui/wizards/people.py" line="+41"/>
        <source>Type a name…</source>
        <translation>Ketik nama…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <source>New person…</source>
        <translation>Orang baru…</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Several are called “{name}”: pick the one you mean from the list.</source>
        <translation>Ada beberapa yang bernama “{name}”: pilih yang Anda maksud dari daftar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{name}” is not in the list: pick one from the list, or clear the field.</source>
        <translation>“{name}” tidak ada di daftar: pilih dari daftar, atau kosongkan isian ini.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New person?</source>
        <translation>Orang baru?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No one called “{name}” is in the list of people.</source>
        <translation>Tidak ada orang bernama “{name}” di daftar warga.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add “{name}” as a new person, or cancel and pick someone from the list.</source>
        <translation>Tambahkan “{name}” sebagai orang baru, atau batalkan lalu pilih seseorang dari daftar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <location filename="../../desktop/ui/wizards/photos.py" line="+66"/>
        <source>Choose photos</source>
        <translation>Pilih foto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.bmp)</source>
        <translation>Foto (*.jpg *.jpeg *.png *.webp *.bmp)</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/first_start.py" line="-139"/>
        <source>Type the name of the sub-district or regency</source>
        <translation>Ketik nama kecamatan atau kabupaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Type at least two letters of the name.</source>
        <translation>Ketik paling sedikit dua huruf nama.</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>No sub-district or regency called “{text}”.</source>
        <translation>Tidak ada kecamatan atau kabupaten bernama “{text}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>The official list could not be searched: {error}</source>
        <translation>Daftar resmi tidak dapat dicari: {error}</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Search among the sub-districts and regencies.</source>
        <translation>Cari di antara kecamatan dan kabupaten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the office&apos;s area from the list ({count} found).</source>
        <translation>Pilih wilayah kantor dari daftar ({count} ditemukan).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the village&apos;s name, e.g. Sukamaju</source>
        <translation>Ketik nama desa, mis. Sukamaju</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No village called “{text}” in the official list.</source>
        <translation>Tidak ada desa bernama “{text}” dalam daftar resmi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search among all villages of Indonesia.</source>
        <translation>Cari di antara semua desa di Indonesia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose your village from the list ({count} found).</source>
        <translation>Pilih desa Anda dari daftar ({count} ditemukan).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The office&apos;s area</source>
        <translation>Wilayah kantor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sub-district or regency whose programs you follow.</source>
        <translation>Kecamatan atau kabupaten yang programnya Anda pantau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose this area</source>
        <translation>Pilih wilayah ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>This laptop works for:</source>
        <translation>Laptop ini bekerja untuk:</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Your villages</source>
        <translation>Desa Anda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find each village you accompany, and add it. You can add more later.</source>
        <translation>Cari setiap desa yang Anda dampingi, lalu tambahkan. Desa lain bisa ditambahkan nanti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add this village</source>
        <translation>Tambahkan desa ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>Principle</name>
    <message>
        <location filename="../../desktop/ui/vocabulary.py" line="-46"/>
        <source>Equality</source>
        <translation>Kesetaraan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation</source>
        <translation>Partisipasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sustainability</source>
        <translation>Keberlanjutan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-reliance</source>
        <translation>Kemandirian</translation>
    </message>
</context>
<context>
    <name>PrincipleCard</name>
    <message>
        <location filename="../../desktop/ui/principles_view.py" line="+167"/>
        <source>{share} (planned)</source>
        <translation>{share} (rencana)</translation>
    </message>
</context>
<context>
    <name>Principles</name>
    <message>
        <location filename="../../desktop/ui/vocabulary.py" line="+8"/>
        <source>Do women attend, speak and decide as men do?</source>
        <translation>Apakah perempuan hadir, bicara, dan ikut memutuskan seperti laki-laki?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does the community plan, do, monitor and evaluate itself?</source>
        <translation>Apakah masyarakat sendiri yang merencanakan, melaksanakan, memantau, dan mengevaluasi?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does the facilitator&apos;s part fade out to zero?</source>
        <translation>Apakah peran fasilitator makin berkurang sampai nol?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does the community bring its own means first?</source>
        <translation>Apakah masyarakat mengutamakan sumber daya sendiri?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/principle_cards.py" line="+52"/>
        <source>nothing yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{part} of {whole}</source>
        <translation>{part} dari {whole}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{what}, {first} – {last}</source>
        <translation>{what}, {first} – {last}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{caption}; dashed: planned, not yet done</source>
        <translation>{caption}; garis putus-putus: rencana, belum dikerjakan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No meetings recorded yet</source>
        <translation>Belum ada pertemuan yang dicatat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Women are {share} of the attendance — below the {threshold} you set.</source>
        <translation>Perempuan baru {share} dari kehadiran — di bawah batas {threshold} yang Anda tetapkan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Women are {share} of those who spoke or proposed — below the {threshold} you set.</source>
        <translation>Perempuan baru {share} dari yang bicara atau mengusulkan — di bawah batas {threshold} yang Anda tetapkan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Women hold {share} of the decision roles — below the {threshold} you set.</source>
        <translation>Perempuan baru memegang {share} dari peran pengambil keputusan — di bawah batas {threshold} yang Anda tetapkan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>women, on average over the three parts</source>
        <translation>perempuan, rata-rata dari tiga bagian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speakers and proposers</source>
        <translation>Yang bicara dan mengusulkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision roles</source>
        <translation>Peran pengambil keputusan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Women&apos;s share of attendance by month</source>
        <translation>Bagian perempuan dalam kehadiran per bulan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Women reach the {threshold} you set in every part.</source>
        <translation>Perempuan mencapai batas {threshold} yang Anda tetapkan di setiap bagian.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vocabulary.py" line="+11"/>
        <source>planning</source>
        <translation>perencanaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>carrying out</source>
        <translation>pelaksanaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monitoring</source>
        <translation>pemantauan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluating</source>
        <translation>evaluasi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/principle_cards.py" line="+10"/>
        <location line="+47"/>
        <source>No meetings or activities recorded yet</source>
        <translation>Belum ada pertemuan atau kegiatan yang dicatat</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The community carries {share} of the {phase} — below the {threshold} you set.</source>
        <translation>Masyarakat baru memegang {share} dari {phase} — di bawah batas {threshold} yang Anda tetapkan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>done by the community, on average over the four parts</source>
        <translation>dipegang masyarakat, rata-rata dari empat bagian</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Community&apos;s share by month</source>
        <translation>Bagian masyarakat per bulan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The community carries at least the {threshold} you set in every part.</source>
        <translation>Masyarakat memegang paling sedikit {threshold} yang Anda tetapkan di setiap bagian.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not enough months yet</source>
        <translation>belum cukup bulan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>steady</source>
        <translation>tetap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>falling {points} points a month</source>
        <translation>turun {points} poin per bulan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rising {points} points a month</source>
        <translation>naik {points} poin per bulan</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The facilitator&apos;s share is rising; it should fade out.</source>
        <translation>Bagian fasilitator makin besar; seharusnya makin berkurang.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The facilitator still carried {share} at closing; it should come to zero.</source>
        <translation>Saat penutupan fasilitator masih memegang {share}; seharusnya sudah nol.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At this pace the facilitator still carries {share} at the planned end; it should come down to {threshold} or less.</source>
        <translation>Dengan laju ini fasilitator masih memegang {share} pada akhir rencana; seharusnya turun sampai {threshold} atau kurang.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>carried by the facilitator in {month}; lower is better</source>
        <translation>dipegang fasilitator pada {month}; makin kecil makin baik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trend</source>
        <translation>Kecenderungan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At closing</source>
        <translation>Saat penutupan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected at the planned end</source>
        <translation>Perkiraan pada akhir rencana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Facilitator&apos;s share by month</source>
        <translation>Bagian fasilitator per bulan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On its way to zero (at most {threshold}).</source>
        <translation>Menuju nol (paling banyak {threshold}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No budget or contributions recorded yet</source>
        <translation>Belum ada anggaran atau swadaya yang dicatat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The community brings {share} of the resources — below the {threshold} you set.</source>
        <translation>Masyarakat baru menyumbang {share} dari sumber daya — di bawah batas {threshold} yang Anda tetapkan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>of the resources come from the community, valued in Rupiah</source>
        <translation>sumber daya berasal dari masyarakat, dinilai dalam Rupiah</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Planned budget</source>
        <translation>Anggaran rencana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given so far</source>
        <translation>Sudah diberikan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Community&apos;s share of what was given by month</source>
        <translation>Bagian masyarakat dari yang diberikan per bulan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At or above the {threshold} you set.</source>
        <translation>Sudah mencapai batas {threshold} yang Anda tetapkan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/principles_view.py" line="+56"/>
        <source>Counting…</source>
        <translation>Sedang menghitung…</translation>
    </message>
</context>
<context>
    <name>PrinciplesPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/evaluation.py" line="+397"/>
        <source>The principles&apos; scores</source>
        <translation>Nilai prinsip-prinsip</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Equality, participation, sustainability and self-reliance as measured so far. Talk about them in the evaluation meeting; nothing to fill in here.</source>
        <translation>Kesetaraan, partisipasi, keberlanjutan, dan kemandirian sejauh ini. Bahas bersama dalam pertemuan evaluasi; tidak ada yang perlu diisi di sini.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../desktop/ui/wizards/formalisation_agreement.py" line="+65"/>
        <source>Print the berita acara</source>
        <translation>Cetak berita acara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F4 (215 × 330 mm), usual in village offices</source>
        <translation>F4 (215 × 330 mm), lazim di kantor desa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the berita acara</source>
        <translation>Simpan berita acara</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved: {path}</source>
        <translation>Tersimpan: {path}</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/assessment.py" line="+89"/>
        <source>Problems and needs</source>
        <translation>Masalah dan kebutuhan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What residents say is wrong or missing, in their own words, and who raised it: a person or a group.</source>
        <translation>Apa yang menurut warga bermasalah atau kurang, dengan kata-kata mereka sendiri, dan siapa yang menyampaikannya: perorangan atau kelompok.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Air bersih sulit di musim kemarau</source>
        <translation>mis. Air bersih sulit di musim kemarau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a group&apos;s name…</source>
        <translation>Ketik nama kelompok…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not known</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>Problem or need</source>
        <translation>Masalah atau kebutuhan</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>Raised by</source>
        <translation>Disampaikan oleh</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+16"/>
        <source>At meeting</source>
        <translation>Dalam pertemuan</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Households</source>
        <translation>Rumah tangga</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add problem</source>
        <translation>Tambah masalah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a problem</source>
        <translation>masalah</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>or the group</source>
        <translation>atau kelompok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Households affected</source>
        <translation>Rumah tangga terdampak</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>— none —</source>
        <translation>— tidak ada —</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/implementation.py" line="-503"/>
        <source>Progress of the activities</source>
        <translation>Kemajuan kegiatan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After each visit, write how far an activity of the action plan has come. Progress only goes forward; at 100% the activity is finished.</source>
        <translation>Setiap selesai kunjungan, catat sejauh mana kegiatan rencana kerja berjalan. Kemajuan hanya bisa maju; pada 100% kegiatan selesai.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type a group&apos;s or a person&apos;s name…</source>
        <translation>Ketik nama kelompok atau warga…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Cement arrived late; rain for two days</source>
        <translation>mis. Semen datang terlambat; hujan dua hari</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+16"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+12"/>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Actual cost</source>
        <translation>Biaya nyata</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Women / men present</source>
        <translation>Hadir perempuan / laki-laki</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Carried by</source>
        <translation>Dikerjakan oleh</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>Problems met</source>
        <translation>Kendala</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Add progress</source>
        <translation>Tambah kemajuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a progress entry</source>
        <translation>catatan kemajuan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Progress (%)</source>
        <translation>Kemajuan (%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Women present</source>
        <translation>Perempuan hadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Men present</source>
        <translation>Laki-laki hadir</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The action plan has no activities yet: formalise it first.</source>
        <translation>Rencana kerja belum punya kegiatan: susun dulu di tahap formalisasi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write how far it has come (0–100).</source>
        <translation>Tulis sejauh mana kemajuannya (0–100).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose who carried the work: a group, a person or the facilitator.</source>
        <translation>Pilih siapa yang mengerjakan: kelompok, warga, atau pendamping.</translation>
    </message>
</context>
<context>
    <name>RankingPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/assessment.py" line="+200"/>
        <source>Ranking of needs</source>
        <translation>Peringkat kebutuhan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let the community rank its needs: give each problem the points it received, or compare them two at a time. Then tick the priorities.</source>
        <translation>Biarkan warga memeringkat kebutuhannya: isi nilai yang diperoleh tiap masalah, atau bandingkan dua per dua. Lalu centang prioritasnya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By votes (points per problem)</source>
        <translation>Dengan suara (nilai per masalah)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In pairs (which of the two matters more?)</source>
        <translation>Berpasangan (mana yang lebih penting dari keduanya?)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Another pair</source>
        <translation>Pasangan lain</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>or</source>
        <translation>atau</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs won</source>
        <translation>Menang berpasangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points to add</source>
        <translation>Nilai yang ditambahkan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add these points</source>
        <translation>Tambahkan nilai ini</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Prioritise the first</source>
        <translation>Jadikan prioritas urutan teratas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prioritise</source>
        <translation>Tetapkan prioritas</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Points to add to “{title}”</source>
        <translation>Poin yang ditambahkan untuk “{title}”</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Which matters more to the community? ({left} pairs left)</source>
        <translation>Mana yang lebih penting bagi warga? (sisa {left} pasangan)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every pair has been compared.</source>
        <translation>Semua pasangan sudah dibandingkan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least two problems to compare them in pairs.</source>
        <translation>Tambahkan minimal dua masalah untuk membandingkannya berpasangan.</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../desktop/ui/wizards/record_list.py" line="+113"/>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the selected record into the form (F2)</source>
        <translation>Muat data yang dipilih ke formulir (F2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel editing</source>
        <translation>Batal mengubah</translation>
    </message>
    <message>
        <location line="+250"/>
        <source>Save changes</source>
        <translation>Simpan perubahan</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../desktop/ui/office/report_dialog.py" line="+102"/>
        <location line="+182"/>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>The area&apos;s figures for one month: an Excel workbook for the next office up, the monthly report as a PDF to sign, or the programs as CSV for scripts.</source>
        <translation>Angka wilayah untuk satu bulan: buku kerja Excel untuk kantor di atasnya, laporan bulanan PDF untuk ditandatangani, atau daftar program CSV untuk skrip.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The whole database</source>
        <translation>Seluruh basis data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Buku kerja Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly report to sign (.pdf)</source>
        <translation>Laporan bulanan untuk ditandatangani (.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programs for scripts (.csv)</source>
        <translation>Daftar program untuk skrip (.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F4 (215 × 330 mm)</source>
        <translation>F4 (215 × 330 mm)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Month:</source>
        <translation>Bulan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area:</source>
        <translation>Wilayah:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of file:</source>
        <translation>Jenis berkas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper:</source>
        <translation>Kertas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as:</source>
        <translation>Simpan sebagai:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write report</source>
        <translation>Tulis laporan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save report as</source>
        <translation>Simpan laporan sebagai</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Writing {file}…</source>
        <translation>Menulis {file}…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The report was written to {file}.</source>
        <translation>Laporan telah ditulis ke {file}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report written: {file}</source>
        <translation>Laporan ditulis: {file}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report was not written: {reason}</source>
        <translation>Laporan tidak ditulis: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled: no report was written.</source>
        <translation>Dibatalkan: tidak ada laporan yang ditulis.</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../../desktop/ui/office/report_pdf.py" line="+221"/>
        <source>Community and Village Empowerment Office</source>
        <translation>Dinas Pemberdayaan Masyarakat dan Desa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All villages in the database</source>
        <translation>Semua desa dalam basis data</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MONTHLY REPORT OF COMMUNITY EMPOWERMENT PROGRAMS</source>
        <translation>LAPORAN BULANAN PROGRAM PEMBERDAYAAN MASYARAKAT</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Villages: {villages} in {subdistricts} sub-districts · Programs: {programs} · Sent in {month}: {sent} of {expected} villages ({rate}) · Late: {late} · Never sent: {never}</source>
        <translation>Desa: {villages} di {subdistricts} kecamatan · Program: {programs} · Mengirim pada {month}: {sent} dari {expected} desa ({rate}) · Terlambat: {late} · Belum pernah mengirim: {never}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reporting completeness per sub-district</source>
        <translation>Kelengkapan laporan per kecamatan</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+101"/>
        <location line="+46"/>
        <location line="+28"/>
        <source>Sub-district</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Villages expected</source>
        <translation>Desa yang diharapkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Mengirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On time</source>
        <translation>Tepat waktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+75"/>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Not sent</source>
        <translation>Belum mengirim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting rate</source>
        <translation>Tingkat pelaporan</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+26"/>
        <location line="+148"/>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Programs per stage</source>
        <translation>Program per tahap</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+124"/>
        <source>Programs</source>
        <translation>Program</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Of which closed</source>
        <translation>Di antaranya selesai</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The four principles per sub-district</source>
        <translation>Empat prinsip per kecamatan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Money per sub-district</source>
        <translation>Dana per kecamatan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charts</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Head of {office}</source>
        <translation>Kepala {office}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee ID (NIP)</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never sent</source>
        <translation>Belum pernah mengirim</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Villages that sent nothing this month</source>
        <translation>Desa yang belum mengirim data bulan ini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Village code</source>
        <translation>Kode desa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last bundle</source>
        <translation>Kiriman terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending</source>
        <translation>Status kiriman</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Sustainability is the facilitator&apos;s share of the work (lower is better). Figures in bold red are past the thresholds set in Settings.</source>
        <translation>Keberlanjutan adalah porsi pekerjaan yang dipegang fasilitator (makin rendah makin baik). Angka merah tebal melewati ambang batas di Pengaturan.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Community, planned</source>
        <translation>Swadaya, rencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside, planned</source>
        <translation>Dana luar, rencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community, given</source>
        <translation>Swadaya, masuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside, given</source>
        <translation>Dana luar, masuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community share of the budget</source>
        <translation>Porsi swadaya dalam anggaran</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+13"/>
        <source>Monthly report</source>
        <translation>Laporan bulanan</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Page {page} of {pages}</source>
        <translation>Halaman {page} dari {pages}</translation>
    </message>
</context>
<context>
    <name>ResourceKind</name>
    <message>
        <location filename="../../desktop/ui/wizards/assessment.py" line="-474"/>
        <source>Human (skills, labour)</source>
        <translation>Manusia (keterampilan, tenaga)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural (land, water, forest)</source>
        <translation>Alam (lahan, air, hutan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financial (savings, funds)</source>
        <translation>Keuangan (tabungan, dana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social (groups, mutual help)</source>
        <translation>Sosial (kelompok, gotong royong)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physical (buildings, tools)</source>
        <translation>Fisik (bangunan, alat)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need</source>
        <translation>Kebutuhan</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <location line="+150"/>
        <source>Resources and assets</source>
        <translation>Sumber daya dan aset</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the community already has to build on: skills, land and water, savings, groups and mutual help, buildings and tools.</source>
        <translation>Apa yang sudah dimiliki warga untuk dikembangkan: keterampilan, lahan dan air, tabungan, kelompok dan gotong royong, bangunan dan alat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. Mata air Sendang</source>
        <translation>mis. Mata air Sendang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 2</source>
        <translation>mis. 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. ha, unit, orang</source>
        <translation>mis. ha, unit, orang</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Type a group&apos;s name…</source>
        <translation>Ketik nama kelompok…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Resource</source>
        <translation>Sumber daya</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+15"/>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+18"/>
        <source>Estimated value</source>
        <translation>Perkiraan nilai</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Held by</source>
        <translation>Dikelola oleh</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add resource</source>
        <translation>Tambah sumber daya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a resource</source>
        <translation>sumber daya</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Held by group</source>
        <translation>Dikelola kelompok</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/restore.py" line="+46"/>
        <source>before an import</source>
        <translation>sebelum impor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before an update</source>
        <translation>sebelum pembaruan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily</source>
        <translation>harian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>sebelum pemulihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made by hand</source>
        <translation>dibuat manual</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore from backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Berdaya backs this database up before every import and update, and once a day. Restoring one puts its content back; the database as it is now is kept as a backup first.</source>
        <translation>Berdaya mencadangkan basis data ini sebelum setiap impor dan pembaruan, dan sekali sehari. Memulihkan sebuah cadangan mengembalikan isinya; basis data seperti sekarang disimpan dulu sebagai cadangan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Programs</source>
        <translation>Program</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the backups…</source>
        <translation>Membaca cadangan…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore…</source>
        <translation>Pulihkan…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{reason} — damaged, cannot be restored</source>
        <translation>{reason} — rusak, tidak dapat dipulihkan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No backup of this database yet.</source>
        <translation>Belum ada cadangan basis data ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a backup to restore.</source>
        <translation>Pilih cadangan yang akan dipulihkan.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Restore this backup?</source>
        <translation>Pulihkan cadangan ini?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database will hold what it held on {date}; what was entered since is kept in a new backup, not lost.</source>
        <translation>Basis data akan berisi seperti pada {date}; yang dimasukkan sejak itu disimpan dalam cadangan baru, tidak hilang.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restoring…</source>
        <translation>Memulihkan…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup restored; the database as it was is kept.</source>
        <translation>Cadangan dipulihkan; basis data sebelumnya tetap disimpan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backup could not be restored; the details are in the log.</source>
        <translation>Cadangan tidak dapat dipulihkan; rinciannya ada di log.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/base.py" line="+328"/>
        <source>Review</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every step, then choose Finish to complete the stage.</source>
        <translation>Periksa setiap langkah, lalu pilih Selesai untuk menuntaskan tahap ini.</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../../desktop/ui/dialogs/first_start.py" line="-84"/>
        <source>Who works on this laptop?</source>
        <translation>Siapa yang bekerja dengan laptop ini?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The places you choose next are the ones this laptop works for.</source>
        <translation>Tempat yang Anda pilih berikutnya adalah wilayah kerja laptop ini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A village facilitator</source>
        <translation>Pendamping desa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You accompany the community of one village, or of a few villages.</source>
        <translation>Anda mendampingi masyarakat satu desa, atau beberapa desa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You follow the programs of a sub-district (kecamatan) or a regency.</source>
        <translation>Anda memantau program sebuah kecamatan atau kabupaten.</translation>
    </message>
</context>
<context>
    <name>RupiahEdit</name>
    <message>
        <location filename="../../desktop/ui/wizards/fields.py" line="+253"/>
        <source>A minus sign is not taken: this amount is never negative.</source>
        <translation>Tanda minus tidak diterima: jumlah ini tidak pernah negatif.</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/planning.py" line="+45"/>
        <source>Scores and votes</source>
        <translation>Skor dan pemungutan suara</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the community&apos;s score from 1 (poor) to 5 (good) for each alternative on each criterion, or record the votes for an alternative.</source>
        <translation>Ketik skor dari warga, 1 (kurang) sampai 5 (baik), untuk setiap alternatif pada setiap kriteria, atau catat suara untuk sebuah alternatif.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <location line="+28"/>
        <source>Votes</source>
        <translation>Suara</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>A show of hands (or type a voter&apos;s name)</source>
        <translation>Angkat tangan (atau ketik nama pemilih)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add votes</source>
        <translation>Tambah suara</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alternative</source>
        <translation>Alternatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighted score</source>
        <translation>Skor berbobot</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Type a whole number from 1 to 5.</source>
        <translation>Ketik bilangan bulat dari 1 sampai 5.</translation>
    </message>
</context>
<context>
    <name>Sending</name>
    <message>
        <location filename="../../desktop/ui/office/villages_model.py" line="+40"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never sent</source>
        <translation>Belum pernah mengirim</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings.py" line="-169"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new language is used from the next start of Berdaya.</source>
        <translation>Bahasa yang baru dipakai mulai Berdaya dibuka lagi.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usual thresholds</source>
        <translation>Batas bawaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the four thresholds back to the usual values.</source>
        <translation>Kembalikan keempat batas ke nilai bawaan.</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Backups to keep</source>
        <translation>Jumlah cadangan yang disimpan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Equality: women&apos;s share below</source>
        <translation>Kesetaraan: bagian perempuan di bawah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation: the community&apos;s share below</source>
        <translation>Partisipasi: bagian masyarakat di bawah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sustainability: the facilitator&apos;s share at the end above</source>
        <translation>Keberlanjutan: bagian fasilitator di akhir program di atas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-reliance: the community&apos;s share of resources below</source>
        <translation>Kemandirian: bagian masyarakat dari sumber daya di bawah</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warn on the overview when</source>
        <translation>Beri peringatan di ringkasan bila</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The overview shows a warning in words when a principle is on the wrong side of its threshold. The change applies at once.</source>
        <translation>Ringkasan menampilkan peringatan tertulis bila sebuah prinsip melewati batasnya. Perubahan langsung berlaku.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../desktop/ui/vocabulary.py" line="-70"/>
        <source>Prepare the team and the field before entering the community.</source>
        <translation>Menyiapkan petugas dan lapangan sebelum masuk ke masyarakat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find the problems, needs and resources the community itself names.</source>
        <translation>Mengenali masalah, kebutuhan, dan sumber daya yang disebutkan masyarakat sendiri.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Residents think through their problems and propose ways out.</source>
        <translation>Warga memikirkan masalahnya dan mengusulkan jalan keluarnya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Groups decide their programs and activities and sign the agreement.</source>
        <translation>Kelompok memutuskan program dan kegiatannya, lalu menandatangani kesepakatan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Carry out the activities and keep them going.</source>
        <translation>Melaksanakan kegiatan dan menjaga agar terus berjalan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluate the results together with the residents.</source>
        <translation>Menilai hasilnya bersama warga.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hand everything over to the community and end the assistance.</source>
        <translation>Menyerahkan semuanya kepada masyarakat dan mengakhiri pendampingan.</translation>
    </message>
</context>
<context>
    <name>StageMenu</name>
    <message>
        <location filename="../../desktop/ui/stage_menu.py" line="+43"/>
        <source>&amp;Stage</source>
        <translation>Ta&amp;hap</translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <location filename="../../desktop/ui/wizards/base.py" line="-47"/>
        <source>This page is not complete yet: see the messages above.</source>
        <translation>Halaman ini belum lengkap: lihat pesan di atas.</translation>
    </message>
</context>
<context>
    <name>StageStatus</name>
    <message>
        <location filename="../../desktop/ui/vocabulary.py" line="+9"/>
        <source>Not started</source>
        <translation>Belum dimulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Sedang berjalan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>StageStepper</name>
    <message>
        <location filename="../../desktop/ui/stepper.py" line="+145"/>
        <source>Stages of the program</source>
        <translation>Tahap-tahap program</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Started {date}</source>
        <translation>Dimulai {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Completed {date}</source>
        <translation>Selesai {date}</translation>
    </message>
</context>
<context>
    <name>StageWizard</name>
    <message>
        <location filename="../../desktop/ui/wizards/base.py" line="+103"/>
        <source>Next ›</source>
        <translation>Lanjut ›</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>‹ Back</source>
        <translation>‹ Kembali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amend</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This stage is complete. Amend it to make corrections.</source>
        <translation>Tahap ini sudah selesai. Pilih Ubah untuk memperbaikinya.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{stage} — {program}</source>
        <translation>{stage} — {program}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Steps of this stage</source>
        <translation>Langkah tahap ini</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>The program is closed: this stage can only be read.</source>
        <translation>Program sudah ditutup: tahap ini hanya bisa dibaca.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This stage is complete. Choose Amend to change it.</source>
        <translation>Tahap ini sudah selesai. Pilih Ubah untuk mengubahnya.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/wizards/keyboard.py" line="+74"/>
        <source>Close the wizard</source>
        <translation>Tutup wizard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed is not saved yet.</source>
        <translation>Yang Anda ketik belum disimpan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save it as a record before closing, or discard it?</source>
        <translation>Simpan sebagai catatan sebelum menutup, atau buang?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Buang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Lanjut mengisi</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <location filename="../../desktop/ui/wizards/steps_panel.py" line="+85"/>
        <source>This step holds what it needs.</source>
        <translation>Langkah ini sudah berisi yang diperlukan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This step still lacks something.</source>
        <translation>Langkah ini masih ada yang kurang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is recorded in this step yet.</source>
        <translation>Belum ada yang dicatat di langkah ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: nothing is recorded in this step yet.</source>
        <translation>Tidak wajib: belum ada yang dicatat di langkah ini.</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <location filename="../../desktop/ui/sync/menu.py" line="-35"/>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Ekspor bundel…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import bundle(s)…</source>
        <translation>&amp;Impor bundel…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflik…</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../../desktop/ui/sync/words.py" line="+26"/>
        <source>The disk is full: free some space or choose another drive, then try again.</source>
        <translation>Disk penuh: kosongkan sebagian ruang atau pilih drive lain, lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Berdaya may not write to this folder: choose another folder and try again.</source>
        <translation>Berdaya tidak boleh menulis ke folder ini: pilih folder lain lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder does not exist any more: choose another folder.</source>
        <translation>Folder ini sudah tidak ada: pilih folder lain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file could not be written: {reason}</source>
        <translation>Berkas tidak bisa ditulis: {reason}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resident</source>
        <translation>Warga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community group</source>
        <translation>Kelompok masyarakat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group membership</source>
        <translation>Keanggotaan kelompok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Pertemuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget line</source>
        <translation>Pos anggaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contribution</source>
        <translation>Swadaya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress note</source>
        <translation>Catatan kemajuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource</source>
        <translation>Potensi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternative</source>
        <translation>Alternatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion</source>
        <translation>Kriteria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action plan</source>
        <translation>Rencana aksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Kesepakatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>Penanda tangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measurement</source>
        <translation>Pengukuran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitator</source>
        <translation>Fasilitator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key contact</source>
        <translation>Tokoh kunci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field note</source>
        <translation>Catatan lapangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Tanggal selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned start</source>
        <translation>Rencana mulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned end</source>
        <translation>Rencana selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date held</source>
        <translation>Tanggal pelaksanaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../desktop/ui/wizards/preparation.py" line="-183"/>
        <source>Facilitators and their roles</source>
        <translation>Pendamping dan perannya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who accompanies the community, in which role. Mark the village&apos;s own cadres: their share should grow as the program goes on.</source>
        <translation>Siapa yang mendampingi masyarakat, dengan peran apa. Tandai kader dari desa sendiri: bagian mereka mestinya makin besar seiring berjalannya program.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Pendamping desa</source>
        <translation>mis. Pendamping desa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Community cadre (lives in the village)</source>
        <translation>Kader masyarakat (tinggal di desa ini)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+19"/>
        <source>Organisation</source>
        <translation>Lembaga asal</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Community or outside</source>
        <translation>Masyarakat atau luar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <translation>Mulai bertugas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add to the team</source>
        <translation>Tambah ke tim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a facilitator</source>
        <translation>pendamping</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assigned on</source>
        <translation>Mulai bertugas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Community cadre</source>
        <translation>Kader masyarakat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outside worker</source>
        <translation>Petugas dari luar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a person from the list, or add a new one.</source>
        <translation>Pilih orang dari daftar, atau tambahkan orang baru.</translation>
    </message>
</context>
<context>
    <name>TerminationWizard</name>
    <message>
        <location filename="../../desktop/ui/wizards/termination.py" line="+82"/>
        <source>The program is closed. Only its final report can still be changed.</source>
        <translation>Program ini sudah ditutup. Hanya laporan akhirnya yang masih bisa diubah.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../desktop/ui/timeline/model.py" line="+269"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Progress: %1%</source>
        <translation>Kemajuan: %1%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On the critical path</source>
        <translation>Di jalur kritis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slack: %1 working days</source>
        <translation>Kelonggaran: %1 hari kerja</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline/view.py" line="+166"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Days</source>
        <translation>Hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weeks</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarters</source>
        <translation>Triwulan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fit</source>
        <translation>Pas layar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline/loading.py" line="+119"/>
        <source>Area</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type a district or regency…</source>
        <translation>Ketik kecamatan atau kabupaten…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All areas</source>
        <translation>Semua wilayah</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All stages</source>
        <translation>Semua tahap</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>regency</source>
        <translation>kabupaten/kota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>district</source>
        <translation>kecamatan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline/view.py" line="+47"/>
        <source>The timeline could not be read: %1</source>
        <translation>Jadwal tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline/editing.py" line="+100"/>
        <source>The change could not be made: %1</source>
        <translation>Perubahan tidak dapat dilakukan: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Move “%1”</source>
        <translation>Pindahkan “%1”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change the dates of “%1”</source>
        <translation>Ubah tanggal “%1”</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Move it after the recorded work?</source>
        <translation>Pindahkan setelah pekerjaan yang tercatat?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move it anyway? The progress already logged stays as it is.</source>
        <translation>Tetap pindahkan? Kemajuan yang sudah dicatat tetap seperti adanya.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Only activities can be linked.</source>
        <translation>Hanya kegiatan yang dapat dihubungkan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Link “%1” → “%2”</source>
        <translation>Hubungkan “%1” → “%2”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove a link</source>
        <translation>Hapus hubungan</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Change the link “%1” → “%2”</source>
        <translation>Ubah kaitan “%1” → “%2”</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Edit link…</source>
        <translation>Ubah kaitan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Remove link</source>
        <translation>Hapus kaitan</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Open activity</source>
        <translation>Buka kegiatan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move successors</source>
        <translation>Geser kegiatan berikutnya</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Nothing to move: the activities after “%1” already wait for it.</source>
        <translation>Tidak ada yang perlu digeser: kegiatan sesudah “%1” sudah menunggunya.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move the activities after “%1”</source>
        <translation>Geser kegiatan sesudah “%1”</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>… and %1 more</source>
        <translation>… dan %1 lainnya</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shift the following activities?</source>
        <translation>Geser kegiatan berikutnya?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These activities would now start too early. Move them later as well?</source>
        <translation>Kegiatan-kegiatan ini jadi mulai terlalu awal. Geser juga ke tanggal yang lebih akhir?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline/view.py" line="+299"/>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as picture</source>
        <translation>Simpan sebagai gambar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline/accessible.py" line="+30"/>
        <source>{title}: {day}</source>
        <translation>{title}: {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title}: {start} – {end}, {progress}% done</source>
        <translation>{title}: {start} – {end}, selesai {progress}%</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/timeline/empty.py" line="+31"/>
        <source>No activities yet. The bars of this timeline are the program&apos;s activities: add them in step {number}, “{step}”, of the wizard of the stage “{stage}” (after the action plans of step 1), and each one appears here with its dates and progress.</source>
        <translation>Belum ada kegiatan. Batang-batang di linimasa ini adalah kegiatan program: tambahkan di langkah {number}, “{step}”, pada panduan tahap “{stage}” (setelah rencana aksi di langkah 1), lalu setiap kegiatan muncul di sini dengan tanggal dan kemajuannya.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open the wizard of “{stage}”</source>
        <translation>Buka panduan tahap “{stage}”</translation>
    </message>
</context>
<context>
    <name>TimelineLinks</name>
    <message>
        <location filename="../../desktop/ui/timeline/links.py" line="+31"/>
        <source>Finish to start (after it ends)</source>
        <translation>Selesai–mulai (sesudah selesai)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Start to start (once it has begun)</source>
        <translation>Mulai–mulai (setelah dimulai)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish to finish (ends after it ends)</source>
        <translation>Selesai–selesai (selesai sesudahnya)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Link between activities</source>
        <translation>Kaitan antarkegiatan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” waits for “%2”.</source>
        <translation>“%1” menunggu “%2”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> working days</source>
        <translation> hari kerja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days to wait; a negative number lets it start earlier.</source>
        <translation>Hari menunggu; angka negatif berarti boleh mulai lebih awal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lag</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove link</source>
        <translation>Hapus kaitan</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../desktop/ui/timeline/view.py" line="-459"/>
        <source>Stages and activities</source>
        <translation>Tahap dan kegiatan</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Zoom</source>
        <translation>Skala tampilan</translation>
    </message>
</context>
<context>
    <name>TransferFolderBox</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings.py" line="+188"/>
        <location line="+6"/>
        <source>Transfer folder</source>
        <translation>Folder kirim</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Off</source>
        <translation>Mati</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A USB stick, a shared drive or a folder a syncing program keeps: after work Berdaya puts a bundle there for each office and laptop it exchanges with, and imports the bundles that arrive for this laptop.</source>
        <translation>Flashdisk, drive bersama, atau folder yang dijaga program sinkronisasi: setelah bekerja Berdaya menaruh bundel di sana untuk setiap kantor dan laptop yang bertukar data dengannya, dan mengimpor bundel yang datang untuk laptop ini.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose the transfer folder</source>
        <translation>Pilih folder kirim</translation>
    </message>
</context>
<context>
    <name>VerdictBadges</name>
    <message>
        <location filename="../../desktop/ui/verdict_badges.py" line="+86"/>
        <source>Review a stage…</source>
        <translation>Tinjau tahap…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the office&apos;s verdict on a stage: accepted, or what needs changing.</source>
        <translation>Catat keputusan kantor atas suatu tahap: diterima, atau apa yang perlu diperbaiki.</translation>
    </message>
</context>
<context>
    <name>VerdictDialog</name>
    <message>
        <location filename="../../desktop/ui/review_verdict.py" line="-73"/>
        <source>Review a stage</source>
        <translation>Tinjau tahap</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The verdict goes back to the village with this office&apos;s next bundle; the facilitator sees it on the stage.</source>
        <translation>Keputusan ini kembali ke desa bersama kiriman kantor berikutnya; pendamping melihatnya pada tahap tersebut.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs changes</source>
        <translation>Perlu perbaikan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verdict</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What needs changing, or a word of thanks</source>
        <translation>Apa yang perlu diperbaiki, atau ucapan terima kasih</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record verdict</source>
        <translation>Catat keputusan</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <location filename="../../desktop/ui/verdict_badges.py" line="-51"/>
        <source>Accepted by the office, {date}</source>
        <translation>Diterima kantor, {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs changes</source>
        <translation>Perlu perbaikan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs changes: {note}</source>
        <translation>Perlu perbaikan: {note}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed after the review</source>
        <translation>diubah setelah tinjauan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reviewed by {office} on {date}</source>
        <translation>Ditinjau oleh {office} pada {date}</translation>
    </message>
</context>
<context>
    <name>VillagesModel</name>
    <message>
        <location filename="../../desktop/ui/office/villages_model.py" line="+69"/>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-district</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In stage</source>
        <translation>Lama di tahap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Community&apos;s share</source>
        <translation>Porsi swadaya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest bundle</source>
        <translation>Kiriman terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending</source>
        <translation>Status kiriman</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days since the current stage started</source>
        <translation>Hari sejak tahap sekarang dimulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women&apos;s share of attendance, voice and decisions</source>
        <translation>Porsi perempuan dalam kehadiran, suara, dan keputusan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The community&apos;s share of the work</source>
        <translation>Porsi masyarakat dalam pekerjaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The facilitator&apos;s share at the end (lower is better)</source>
        <translation>Porsi fasilitator di akhir (makin kecil makin baik)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The community&apos;s share of the resources</source>
        <translation>Porsi masyarakat dalam sumber daya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The community&apos;s share of the planned budget</source>
        <translation>Porsi masyarakat dalam anggaran yang direncanakan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the newest bundle received from the village was made</source>
        <translation>Kapan kiriman terakhir yang diterima dari desa dibuat</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No program</source>
        <translation>Belum ada program</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{number}. {name}</source>
        <translation>{number}. {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not started</source>
        <translation>Belum dimulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} days</source>
        <translation>{count} hari</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{village}, village code {code}</source>
        <translation>{village}, kode desa {code}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No data yet</source>
        <translation>Belum ada data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value}: a warning (the program&apos;s overview says which)</source>
        <translation>{value}: ada peringatan (ringkasan program menjelaskannya)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value}: no warning</source>
        <translation>{value}: tanpa peringatan</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../desktop/ui/panels.py" line="+77"/>
        <source>Welcome to Berdaya</source>
        <translation>Selamat datang di Berdaya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Berdaya helps you accompany a village&apos;s community through its empowerment program, stage by stage, from preparation to termination. Everything stays on this computer; no internet connection is needed.</source>
        <translation>Berdaya membantu Anda mendampingi masyarakat desa menjalankan program pemberdayaannya, tahap demi tahap, dari persiapan sampai terminasi. Semua data tersimpan di komputer ini; tidak perlu koneksi internet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start with the program you are accompanying now, or look around first:</source>
        <translation>Mulailah dengan program yang sedang Anda dampingi, atau lihat-lihat dulu:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create your first program</source>
        <translation>Buat program pertama Anda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try with demo data</source>
        <translation>Coba dengan data contoh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo data goes into a separate database; yours stays empty.</source>
        <translation>Data contoh disimpan di database terpisah; database Anda tetap kosong.</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../../desktop/ui/wizards/record_list.py" line="-133"/>
        <source>adding {what}</source>
        <translation>menambah {what}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>removing {what}</source>
        <translation>menghapus {what}</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>changing {what}</source>
        <translation>mengubah {what}</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../desktop/ui/workspace.py" line="+188"/>
        <source>Waiting for the database…</source>
        <translation>Menunggu basis data…</translation>
    </message>
</context>
</TS>
