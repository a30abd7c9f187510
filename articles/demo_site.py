"""The demo site around the stories: static pages and two stories of other types.

Written for this project (Indonesian first); the demo loader adds them.
"""

PAGES = [
    {
        "title": "Redaksi",
        "slug": "redaksi",
        "footer_position": 1,
        "body": (
            "Kabar Nusantara adalah media siber yang menyajikan berita pemerintahan, daerah, "
            "ekonomi, dan hukum dari seluruh Indonesia.\n\n"
            "Pemimpin Redaksi: Dewi Anggraini\nRedaktur Pelaksana: Rizal Hakim\n"
            "Redaktur: Siti Rahmawati, Made Suardana\nReporter: Frans Rumbiak\n\n"
            "Alamat redaksi: Jalan Merdeka Barat No. 10, Jakarta Pusat 10110."
        ),
    },
    {
        "title": "Tentang Kami",
        "slug": "tentang-kami",
        "footer_position": 2,
        "body": (
            "Kabar Nusantara berdiri untuk menghadirkan informasi yang akurat dan berimbang bagi "
            "pembaca di Indonesia.\n\n"
            "Kami memuat liputan wartawan sendiri, kiriman kantor berita mitra, dan siaran pers "
            "lembaga pemerintah yang kami tandai dengan jelas sumbernya."
        ),
    },
    {
        "title": "Kontak",
        "slug": "kontak",
        "footer_position": 3,
        "body": (
            "Surat pembaca, hak jawab, dan koreksi dapat dikirim ke "
            "redaksi@kabarnusantara.test.\n\n"
            "Untuk kerja sama iklan dan advertorial hubungi iklan@kabarnusantara.test."
        ),
    },
    {
        "title": "Pedoman Media Siber",
        "slug": "pedoman-media-siber",
        "footer_position": 4,
        "body": (
            "Kabar Nusantara berpegang pada Pedoman Pemberitaan Media Siber yang ditetapkan "
            "Dewan Pers.\n\n"
            "Berita yang belum terverifikasi diberi keterangan; ralat, koreksi, klarifikasi, dan "
            "hak jawab dimuat pada berita yang bersangkutan dan dicantumkan di halaman Ralat.\n\n"
            "Konten berbayar seperti advertorial selalu diberi label yang jelas."
        ),
    },
    {
        "title": "Kebijakan Privasi",
        "slug": "kebijakan-privasi",
        "footer_position": 5,
        "body": (
            "Halaman kami untuk pembaca tidak memasang kuki dan tidak memuat skrip "
            "pihak ketiga.\n\n"
            "Konten sematan seperti video baru dimuat setelah Anda mengekliknya; "
            "saat itu penyedia konten dapat melihat kunjungan Anda."
        ),
    },
]

EXTRA_ARTICLES = [
    {
        "slug": "opini-menjaga-kualitas-layanan-publik-di-daerah",
        "headline": "Opini: Menjaga Kualitas Layanan Publik di Daerah",
        "dek": "Reformasi birokrasi diukur dari pengalaman warga di loket, bukan dari dokumen.",
        "section": "nasional",
        "type": "opini",
        "image_alt": "Ilustrasi: antrean warga di loket pelayanan kantor kecamatan",
        "image_caption": "Pelayanan publik dinilai dari pengalaman warga.",
        "image_credit": "Ilustrasi Kabar Nusantara",
        "authors": ["rizal-hakim"],
        "tags": ["ASN"],
        "city": "Jakarta",
        "days_ago": 3,
        "body": (
            "Setiap tahun pemerintah daerah menyusun laporan kinerja yang tebal. Namun warga "
            "menilai pelayanan dari hal sederhana: berapa lama mengurus akta, apakah "
            "petugas ramah, dan apakah informasi mudah didapat.\n\n"
            "Menurut penulis, ukuran keberhasilan perlu digeser dari jumlah program ke "
            "waktu tunggu dan kepuasan warga. Data itu mudah dikumpulkan dan bisa dibuka "
            "untuk publik.\n\n"
            "Tulisan ini adalah pendapat pribadi penulis dan tidak mewakili sikap redaksi."
        ),
    },
    {
        "slug": "advertorial-tabungan-pelajar-bank-nusantara",
        "headline": "Tabungan Pelajar Bank Nusantara Ajak Siswa Menabung Sejak Dini",
        "dek": "Program tabungan tanpa biaya administrasi untuk pelajar SD hingga SMA.",
        "section": "ekonomi",
        "type": "advertorial",
        "image_alt": "Ilustrasi: celengan dan buku tabungan pelajar",
        "image_caption": "Tabungan Pelajar Bank Nusantara.",
        "image_credit": "Bank Nusantara",
        "authors": ["redaksi"],
        "tags": ["UMKM"],
        "city": "Surabaya",
        "days_ago": 2,
        "body": (
            "Bank Nusantara meluncurkan program Tabungan Pelajar yang dapat dibuka dengan setoran "
            "awal ringan dan tanpa biaya administrasi bulanan.\n\n"
            "Informasi lengkap tersedia di https://banknusantara.test/tabungan-pelajar."
        ),
        "link": ("situs Bank Nusantara", "https://banknusantara.test/tabungan-pelajar"),
    },
]
