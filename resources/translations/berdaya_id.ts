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
    <name>Commands</name>
    <message>
        <location filename="../../desktop/ui/commands.py" line="+23"/>
        <source>creating program “{name}”</source>
        <translation>pembuatan program “{name}”</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../desktop/ui/jobs.py" line="+227"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+54"/>
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
        <location line="+52"/>
        <source>Opening the database…</source>
        <translation>Membuka database…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;New program…</source>
        <translation>Program &amp;baru…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open database…</source>
        <translation>B&amp;uka database…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Navigator</source>
        <translation>Panel &amp;navigasi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Timeline of the program</source>
        <translation>&amp;Linimasa program</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline of &amp;all programs</source>
        <translation>Linimasa &amp;semua program</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Berdaya</source>
        <translation>&amp;Tentang Berdaya</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Device: {label} · {id}</source>
        <translation>Perangkat: {label} · {id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device id {id}
Key fingerprint {fingerprint}</source>
        <translation>ID perangkat {id}
Sidik kunci {fingerprint}</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+19"/>
        <location line="+5"/>
        <source>Not done</source>
        <translation>Tidak dapat dilakukan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database reported a problem: {error}</source>
        <translation>Database melaporkan masalah: {error}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berdaya will use {language} the next time it starts.</source>
        <translation>Berdaya akan memakai {language} mulai saat dibuka berikutnya.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Timeline</source>
        <translation>Linimasa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a program on the left first.</source>
        <translation>Pilih dulu program di sebelah kiri.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Timeline — Berdaya</source>
        <translation>Linimasa — Berdaya</translation>
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
        <location line="+81"/>
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
    <name>NewProgramDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/new_program.py" line="+130"/>
        <source>New program</source>
        <translation>Program baru</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type the village&apos;s name, e.g. Sukamaju</source>
        <translation>Ketik nama desa, misalnya Sukamaju</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Clean water for Dusun Krajan</source>
        <translation>misalnya Air bersih untuk Dusun Krajan</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Planned end</source>
        <translation>Rencana selesai</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>What the community wants to achieve</source>
        <translation>Apa yang ingin dicapai masyarakat</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Set a date</source>
        <translation>Tentukan tanggal</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create program</source>
        <translation>Buat program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+31"/>
        <source>Type at least two letters of the name.</source>
        <translation>Ketik paling sedikit dua huruf dari namanya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No village called “{text}” in the official list.</source>
        <translation>Tidak ada desa bernama “{text}” dalam daftar resmi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The list of villages could not be searched: {error}</source>
        <translation>Daftar desa tidak dapat dicari: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Villages you already work in. Type to search all of Indonesia.</source>
        <translation>Desa yang sudah Anda dampingi. Ketik untuk mencari di seluruh Indonesia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search among all villages of Indonesia.</source>
        <translation>Cari di antara semua desa di Indonesia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the village from the list ({count} found).</source>
        <translation>Pilih desanya dari daftar ({count} ditemukan).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The planned end comes before the start. Choose a later date.</source>
        <translation>Rencana selesai lebih awal dari tanggal mulai. Pilih tanggal yang lebih akhir.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the program&apos;s village.</source>
        <translation>Pilih desa tempat program ini berjalan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the program a name.</source>
        <translation>Beri nama program ini.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../desktop/ui/overview.py" line="+84"/>
        <source>Stages</source>
        <translation>Tahapan</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+59"/>
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
        <location line="+11"/>
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
        <location filename="../../desktop/ui/pages.py" line="+32"/>
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
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings.py" line="+21"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new language is used from the next start of Berdaya.</source>
        <translation>Bahasa yang baru dipakai mulai Berdaya dibuka lagi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../desktop/ui/vocabulary.py" line="+12"/>
        <source>Preparation</source>
        <translation>Persiapan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Pengkajian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planning alternatives</source>
        <translation>Perencanaan Alternatif Program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formalising the action plan</source>
        <translation>Formalisasi Rencana Aksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementation</source>
        <translation>Pelaksanaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Evaluasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termination</source>
        <translation>Terminasi</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <name>StageStatus</name>
    <message>
        <location line="+9"/>
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
        <location filename="../../desktop/ui/stepper.py" line="+162"/>
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
    <name>Timeline</name>
    <message>
        <location filename="../../desktop/ui/timeline/model.py" line="+263"/>
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
        <location filename="../../desktop/ui/timeline/view.py" line="+461"/>
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
        <location line="+264"/>
        <source>The change could not be made: %1</source>
        <translation>Perubahan tidak dapat dilakukan: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Move “%1”</source>
        <translation>Pindahkan “%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change the dates of “%1”</source>
        <translation>Ubah tanggal “%1”</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only activities can be linked.</source>
        <translation>Hanya kegiatan yang dapat dihubungkan.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Link “%1” → “%2”</source>
        <translation>Hubungkan “%1” → “%2”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove a link</source>
        <translation>Hapus hubungan</translation>
    </message>
    <message>
        <location line="+31"/>
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
        <location line="+41"/>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as picture</source>
        <translation>Simpan sebagai gambar</translation>
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
</TS>
