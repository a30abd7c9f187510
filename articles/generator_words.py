"""Word lists for the article generator (articles/generator.py): Indonesian-like filler.

Hand-written, not scraped: enough variety for realistic lengths, stemming and
search, with the function words frequent and the content words rare, as in
real copy. Every string is plain ASCII letters and spaces (so no escaping is
needed on the way into the database).
"""


def _words(text):
    return text.split()


SECTIONS = [
    ("Nasional", "nasional"),
    ("Daerah", "daerah"),
    ("Ekonomi", "ekonomi"),
    ("Politik", "politik"),
    ("Hukum", "hukum"),
    ("Olahraga", "olahraga"),
    ("Teknologi", "teknologi"),
    ("Pendidikan", "pendidikan"),
    ("Kesehatan", "kesehatan"),
    ("Internasional", "internasional"),
    ("Gaya Hidup", "gaya-hidup"),
    ("Opini", "opini"),
    # Out of the menu: reachable by address and search only.
    ("Arsip Khusus", "arsip-khusus"),
    ("Liputan Khusus", "liputan-khusus"),
]

PLACES = _words(
    "Jakarta Bandung Surabaya Medan Semarang Makassar Palembang Denpasar Yogyakarta Malang "
    "Padang Pekanbaru Pontianak Banjarmasin Samarinda Balikpapan Manado Ambon Jayapura Kupang "
    "Mataram Jambi Bengkulu Lampung Serang Tangerang Bekasi Depok Bogor Cirebon Tasikmalaya "
    "Purwokerto Solo Kudus Kediri Jember Banyuwangi Madiun Batam Tanjungpinang Pangkalpinang "
    "Palu Kendari Gorontalo Ternate Sorong Merauke Mamuju Sumbawa Bima Ende Garut Sukabumi "
    "Karawang Cilacap Tegal Pekalongan Magelang Klaten Blitar Probolinggo Pasuruan Mojokerto"
)

INSTITUTIONS = _words(
    "Pemprov Pemkot Pemkab DPRD Kemendagri Kemenkeu Kemenkes Kemendikbud Polda Polres Kejati "
    "Kejari Bawaslu KPU BPBD Basarnas BMKG Bappenas BPS OJK BI Pertamina PLN KAI Dishub Dinkes "
    "Disdik Satpol Kominfo Kemenag Kemensos Kemenpora Kementan KKP KLHK PUPR BNN KPK MK MA"
)

FIRST_NAMES = _words(
    "Agus Budi Citra Dewi Eko Fitri Gilang Hendra Indah Joko Kartika Lestari Made Nur Oka "
    "Putri Rahmat Sari Teguh Utami Wahyu Yanti Zainal Andi Bayu Dimas Fajar Galih Hana Irfan "
    "Jihan Kurnia Laras Maya Nanda Oktavia Prasetyo Rizki Sinta Taufik Wulan Yoga Ayu Benny "
    "Dian Erwin Farah Gita Ilham Johan Kevin Lukman Mega Niken Ratna Surya Tirta Umar Vina"
)

LAST_NAMES = _words(
    "Santoso Wijaya Saputra Pratama Hidayat Nugroho Kusuma Siregar Simanjuntak Nasution "
    "Harahap Lubis Tanjung Setiawan Gunawan Hakim Ramadhan Purnama Permana Wibowo Sitompul "
    "Rahman Syahputra Utomo Firmansyah Halim Sembiring Tarigan Manurung Rangkuti Daulay Batubara"
)

TOPICS = _words(
    "Banjir Kemacetan Inflasi Pilkada Vaksinasi Stunting Pariwisata Investasi Korupsi Narkoba "
    "Gempa Kebakaran Mudik Subsidi Pajak Ekspor Impor Beras Minyak Listrik Air Bersih Sampah "
    "Polusi Hutan Tambang Nelayan Petani UMKM Startup Sekolah Beasiswa Rumah Sakit BPJS Demam "
    "Berdarah Tol Bandara Pelabuhan Kereta Cepat Jalan Rusak Jembatan Bendungan Irigasi Pemilu "
    "Kampanye Anggaran Bansos Zakat Haji Ramadan Lebaran Natal Festival Kuliner Sepak Bola Liga "
    "Bulu Tangkis Timnas Olimpiade Judi Online Pinjol Penipuan Siber Data Pribadi Kecerdasan "
    "Buatan Internet Dana Desa Kredit Saham Rupiah Emas Cabai Bawang Gula Daging Ayam Telur"
)

# Verbs in the past-ish newsroom register, for headlines and lead sentences.
HEADLINE_VERBS = [
    "resmikan",
    "tinjau",
    "bahas",
    "tolak",
    "setujui",
    "umumkan",
    "tangani",
    "selidiki",
    "evaluasi",
    "percepat",
    "tunda",
    "luncurkan",
    "perketat",
    "tambah",
    "pangkas",
    "awasi",
    "dorong",
    "minta",
    "targetkan",
    "siapkan",
]

HEADLINE_OBJECTS = [
    "program",
    "anggaran",
    "proyek",
    "aturan baru",
    "bantuan",
    "pembangunan",
    "penanganan",
    "penertiban",
    "rencana",
    "kebijakan",
    "layanan",
    "sistem",
    "pendataan",
    "pemeriksaan",
    "perbaikan",
    "pengadaan",
    "revitalisasi",
    "digitalisasi",
]

# Body text: frequent function words first (they weigh more), then content words.
FUNCTION_WORDS = _words(
    "yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke karena tersebut bisa "
    "ada mereka lebih sudah kata saat oleh menjadi masih telah hanya bahwa para namun agar "
    "sebagai seperti setelah kami kita harus banyak sejak antara hingga bagi atau lalu"
)

CONTENT_WORDS = _words(
    "pemerintah daerah warga masyarakat kota kabupaten provinsi pusat pembangunan jalan "
    "proyek anggaran tahun bulan pekan hari kemarin rencana kebijakan program bantuan dana "
    "kegiatan pelaksanaan pengawasan penanganan pemeriksaan penyelidikan kepolisian petugas "
    "kepala dinas menteri gubernur bupati wali camat lurah ketua anggota dewan komisi rapat "
    "sidang pengadilan hakim jaksa terdakwa saksi korban pelaku kasus laporan data angka "
    "persen miliar juta ribu rupiah harga pasar pedagang pembeli produksi distribusi pasokan "
    "stok kebutuhan permintaan penawaran pertumbuhan ekonomi investasi usaha perusahaan "
    "karyawan pekerja buruh upah gaji pajak retribusi pendapatan belanja pengeluaran utang "
    "sekolah siswa guru mahasiswa kampus pendidikan kurikulum ujian beasiswa kesehatan "
    "rumah sakit dokter pasien obat vaksin layanan puskesmas penyakit kasus penularan "
    "lingkungan sampah sungai banjir hujan cuaca musim kemarau kekeringan hutan lahan "
    "kebakaran asap udara polusi energi listrik bahan bakar minyak gas tambang nelayan laut "
    "pelabuhan kapal bandara pesawat penerbangan kereta stasiun terminal angkutan kendaraan "
    "lalu lintas kemacetan tol jembatan bangunan gedung perumahan permukiman tanah sertifikat "
    "pemilihan kandidat partai koalisi suara pemilih kampanye debat survei hasil keputusan "
    "aturan regulasi undang peraturan izin prosedur sistem aplikasi digital internet teknologi "
    "jaringan sinyal perangkat keamanan informasi pengguna akun transaksi pembayaran bank "
    "kredit nasabah tabungan bunga inflasi kenaikan penurunan target capaian realisasi "
    "menyampaikan mengatakan menjelaskan menegaskan mengungkapkan menambahkan menyebutkan "
    "meminta mendorong memastikan menargetkan menyiapkan meninjau meresmikan membahas "
    "menangani mengevaluasi mempercepat menunda meluncurkan memperketat menambah mengawasi "
    "membangun memperbaiki mengembangkan meningkatkan menurunkan mengurangi memberikan "
    "menerima mengajukan menolak menyetujui melaporkan mencatat menemukan mengamankan "
    "menyalurkan membagikan mengimbau mengajak berharap berencana berupaya berhasil "
    "terus segera secara langsung bersama seluruh sejumlah beberapa berbagai setiap utama "
    "baru lama besar kecil tinggi rendah cepat lambat penting serius khusus resmi terbuka "
    "tahap awal akhir pertama kedua ketiga selanjutnya sebelumnya mendatang lalu sekitar "
    "kawasan wilayah lokasi titik desa kecamatan kelurahan pulau perbatasan"
)

SENTENCE_OPENERS = [
    "Menurut dia",
    "Ia menjelaskan",
    "Sementara itu",
    "Di sisi lain",
    "Selain itu",
    "Sebelumnya",
    "Hingga kini",
    "Dalam kesempatan itu",
    "Kepala dinas setempat mengatakan",
    "Warga berharap",
    "Pihaknya memastikan",
    "Berdasarkan data yang dihimpun",
]

WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]

TAKEDOWN_REASONS = [
    "Dicabut atas putusan Dewan Pers",
    "Dicabut atas permintaan narasumber karena menyangkut anak",
    "Dicabut karena memuat data pribadi korban",
]

CORRECTION_NOTES = [
    "Nama narasumber sebelumnya tertulis keliru dan telah diperbaiki",
    "Angka anggaran pada paragraf ketiga telah diperbaiki",
    "Jabatan narasumber telah diperbaiki",
    "Judul berita telah disesuaikan agar sesuai isi",
]
