"""Content of the demo site “Kabar Nusantara”, written for this project.

Sections, sources, authors, tags and stories, loaded by ``manage.py load_demo``. Story
bodies are plain text with paragraphs separated by a blank line, without the dateline
or the source signature, which the site adds itself.
"""

SECTIONS = [
    {
        "name": "Nasional",
        "slug": "nasional",
        "description": (
            "Berita peristiwa dan kebijakan berskala nasional, dari pemerintah pusat hingga "
            "kehidupan masyarakat."
        ),
        "nav_position": 1,
    },
    {
        "name": "Pemerintahan",
        "slug": "pemerintahan",
        "description": (
            "Kabar penyelenggaraan pemerintahan, birokrasi, dan pembinaan aparatur di pusat maupun "
            "daerah."
        ),
        "nav_position": 2,
    },
    {
        "name": "Daerah",
        "slug": "daerah",
        "description": "Laporan dari provinsi, kabupaten, dan kota di seluruh penjuru Nusantara.",
        "nav_position": 3,
    },
    {
        "name": "Ekonomi",
        "slug": "ekonomi",
        "description": "Perkembangan anggaran negara, harga pangan, investasi, dan usaha rakyat.",
        "nav_position": 4,
    },
    {
        "name": "Hukum",
        "slug": "hukum",
        "description": "Berita regulasi, penegakan hukum, dan layanan keadilan bagi warga.",
        "nav_position": 5,
    },
    {
        "name": "Teknologi",
        "slug": "teknologi",
        "description": (
            "Transformasi digital pemerintahan, keamanan siber, dan inovasi layanan publik."
        ),
        "nav_position": 6,
    },
    {
        "name": "Olahraga",
        "slug": "olahraga",
        "description": "Kabar prestasi atlet dan kegiatan olahraga dari berbagai daerah.",
        "nav_position": 7,
    },
]

SOURCES = [
    {
        "name": "Puspen Kemendagri",
        "slug": "puspen-kemendagri",
        "full_name": "Pusat Penerangan Kementerian Dalam Negeri",
        "kind": "press_office",
        "website": "https://www.kemendagri.go.id",
        "description": (
            "Unit yang mengelola informasi dan komunikasi publik di lingkungan Kementerian Dalam "
            "Negeri."
        ),
    },
    {
        "name": "Humas Pemprov Jawa Barat",
        "slug": "humas-pemprov-jawa-barat",
        "full_name": "Hubungan Masyarakat Pemerintah Provinsi Jawa Barat",
        "kind": "government_agency",
        "website": "https://jabarprov.go.id",
        "description": (
            "Menyampaikan informasi kegiatan dan kebijakan Pemerintah Provinsi Jawa Barat kepada "
            "publik."
        ),
    },
    {
        "name": "Biro Humas Kemenkeu",
        "slug": "biro-humas-kemenkeu",
        "full_name": "Biro Hubungan Masyarakat Kementerian Keuangan",
        "kind": "press_office",
        "website": "https://www.kemenkeu.go.id",
        "description": (
            "Menyebarluaskan informasi mengenai kebijakan fiskal, anggaran negara, dan perpajakan."
        ),
    },
    {
        "name": "Kantor Berita Nusantara",
        "slug": "kantor-berita-nusantara",
        "full_name": "Kantor Berita Nusantara",
        "kind": "wire_agency",
        "website": "",
        "description": (
            "Kantor berita yang memasok laporan peristiwa dari berbagai daerah kepada media mitra."
        ),
    },
    {
        "name": "Tim Redaksi",
        "slug": "tim-redaksi",
        "full_name": "Tim Redaksi Kabar Nusantara",
        "kind": "staff",
        "website": "",
        "description": (
            "Liputan dan tulisan yang disusun langsung oleh awak redaksi Kabar Nusantara."
        ),
    },
    {
        "name": "Warta Sulawesi Raya",
        "slug": "warta-sulawesi-raya",
        "full_name": "Harian Warta Sulawesi Raya",
        "kind": "partner",
        "website": "",
        "description": (
            "Surat kabar mitra yang berbagi liputan dari Sulawesi dan kawasan timur Indonesia."
        ),
    },
]

AUTHORS = [
    {
        "name": "Redaksi Kabar Nusantara",
        "slug": "redaksi",
        "kind": "institution",
        "bio": (
            "Meja redaksi Kabar Nusantara menyunting dan menerbitkan rilis resmi serta laporan "
            "gabungan. Tulisan dengan nama ini menjadi tanggung jawab redaksi."
        ),
    },
    {
        "name": "Dewi Anggraini",
        "slug": "dewi-anggraini",
        "kind": "person",
        "bio": (
            "Redaktur pelaksana yang mengawal desk pemerintahan dan nasional. Sebelumnya ia "
            "meliput isu otonomi daerah selama hampir sepuluh tahun."
        ),
    },
    {
        "name": "Rizal Hakim",
        "slug": "rizal-hakim",
        "kind": "person",
        "bio": (
            "Wartawan ekonomi yang mengikuti perkembangan anggaran negara, harga pangan, dan usaha "
            "kecil."
        ),
    },
    {
        "name": "Made Suardana",
        "slug": "made-suardana",
        "kind": "person",
        "bio": (
            "Reporter olahraga dan daerah yang gemar menulis kisah atlet muda dari luar kota besar."
        ),
    },
    {
        "name": "Siti Rahmawati",
        "slug": "siti-rahmawati",
        "kind": "person",
        "bio": (
            "Reporter hukum dan teknologi. Ia banyak menulis tentang layanan publik digital dan "
            "perlindungan data warga."
        ),
    },
    {
        "name": "Frans Rumbiak",
        "slug": "frans-rumbiak",
        "kind": "person",
        "bio": (
            "Koresponden untuk Papua, Maluku, dan Sulawesi. Ia berbasis di Jayapura dan kerap "
            "menempuh perjalanan ke kampung-kampung terpencil."
        ),
    },
]

TAGS = [
    "Kemendagri",
    "Diklat",
    "ASN",
    "Pemerintah Daerah",
    "Otonomi Daerah",
    "APBD",
    "DPRD",
    "Pilkada",
    "Kependudukan",
    "KTP Elektronik",
    "Pelayanan Publik",
    "Inovasi Daerah",
    "Jawa Barat",
    "Sulawesi Selatan",
    "Papua",
    "TNI",
    "Kostrad",
    "UMKM",
    "Dana Desa",
    "Bencana Alam",
    "Lingkungan Hidup",
    "Infrastruktur",
    "Transportasi",
    "Pariwisata",
    "Kesehatan",
    "Stunting",
    "Pendidikan",
    "Pemuda",
    "Pangan",
    "Pertanian",
    "Inflasi",
    "APBN",
    "Pajak",
    "Investasi",
    "Korupsi",
    "Bantuan Hukum",
    "Masyarakat Adat",
    "Produk Hukum Daerah",
    "Digitalisasi",
    "SPBE",
    "Keamanan Siber",
    "Literasi Digital",
    "Sepak Bola",
    "Bulu Tangkis",
    "Atletik",
]

# Every story has both days_ago (days before today; negative = in the future) and
# published_on (a fixed local Jakarta time); exactly one of them is set, except for
# drafts, which have neither. related lists slugs an editor pinned as related stories.
ARTICLES = [
    {
        "slug": "bpsdm-kemendagri-dorong-peran-sekretaris-perangkat-daerah",
        "status": "published",
        "headline": "BPSDM Kemendagri Dorong Peran Sekretaris Perangkat Daerah",
        "dek": (
            "Diklat Penguatan Tugas-Tugas Sekretaris Perangkat Daerah Angkatan IV dan V diikuti "
            "sekretaris inspektorat, dinas, dan badan dari 15 provinsi."
        ),
        "section": "pemerintahan",
        "source": "puspen-kemendagri",
        "authors": ["redaksi"],
        "tags": ["Kemendagri", "Diklat", "ASN", "Pemerintah Daerah", "Produk Hukum Daerah"],
        "city": "Jakarta",
        "days_ago": None,
        "published_on": "2022-06-20T10:15",
        "time": "10:15",
        "image_alt": "Ilustrasi: peserta diklat berseragam dinas di ruang pertemuan hotel",
        "image_caption": "Pembukaan diklat sekretaris perangkat daerah dari 15 provinsi.",
        "image_credit": "Dok. Puspen Kemendagri",
        "related": ["prajurit-satgas-yonif-509-kostrad-borong-sayur-mama-papua"],
        "body": (
            "Badan Pengembangan Sumber Daya Manusia (BPSDM) Kementerian Dalam Negeri "
            "menyelenggarakan Pendidikan dan Pelatihan (Diklat) Penguatan Tugas-Tugas Sekretaris "
            "Perangkat Daerah untuk Angkatan IV dan V. Kegiatan yang dibuka pada Senin, 20 Juni "
            "2022, itu bertempat di Hotel Harris Suites Puri Mansion, Jakarta.\n\n"
            "Dalam pembukaan diklat, Sugeng Hariyono menegaskan bahwa sekretaris memegang posisi "
            "kunci di lingkungan perangkat daerah. Ia menjelaskan, perangkat daerah merupakan "
            "unsur yang membantu kepala daerah dan DPRD dalam menjalankan urusan pemerintahan yang "
            "menjadi kewenangan daerah, yang jumlahnya mencapai 32 urusan.\n\n"
            "Oleh karena itu, menurut Sugeng, para sekretaris perangkat daerah harus mampu "
            "bergerak cepat dalam menjawab berbagai tantangan. Ia menyebut tiga di antaranya, "
            "yakni menjaga agar produk hukum daerah selaras dengan peraturan yang lebih tinggi, "
            "melaksanakan kebijakan pemerintah daerah, serta mengelola sumber daya manusia "
            "aparatur di daerah.\n\n"
            "Sugeng juga menitipkan harapan kepada para peserta agar pelatihan ini tidak dipandang "
            "sebagai formalitas. “Saya berharap Bapak dan Ibu tidak sekadar hadir, mengikuti "
            "materi, lalu dinyatakan lulus. Yang jauh lebih penting, sepulang dari sini Bapak dan "
            "Ibu benar-benar menjadi aparatur yang cakap di daerah masing-masing,” ujarnya.\n\n"
            "Diklat Angkatan IV dan V ini diikuti oleh sekretaris inspektorat, sekretaris dinas, "
            "dan sekretaris badan dari pemerintah provinsi serta pemerintah kabupaten/kota. Para "
            "peserta berasal dari 15 provinsi di Indonesia.\n\n"
            "Melalui pelatihan tersebut, BPSDM Kemendagri berharap para sekretaris perangkat "
            "daerah memperoleh bekal yang memadai untuk menggerakkan organisasi yang dipimpinnya, "
            "sehingga pelayanan pemerintah daerah kepada masyarakat dapat berjalan lebih baik."
        ),
    },
    {
        "slug": "kemendagri-ingatkan-pemda-tetapkan-apbd-tepat-waktu",
        "status": "published",
        "headline": "Kemendagri Ingatkan Pemda Tetapkan APBD Tepat Waktu",
        "dek": "Keterlambatan APBD dinilai bisa menghambat belanja pelayanan dasar di daerah.",
        "section": "pemerintahan",
        "source": "puspen-kemendagri",
        "authors": ["redaksi"],
        "tags": ["Kemendagri", "APBD", "Pemerintah Daerah", "DPRD"],
        "city": "Jakarta",
        "days_ago": 3,
        "published_on": None,
        "time": "09:30",
        "image_alt": "Ilustrasi: pejabat daerah membahas dokumen anggaran di ruang rapat",
        "image_caption": "Rapat koordinasi penyusunan anggaran daerah bersama pemerintah provinsi.",
        "image_credit": "Dok. Puspen Kemendagri",
        "related": [],
        "body": (
            "Kementerian Dalam Negeri (Kemendagri) mengingatkan pemerintah daerah agar menetapkan "
            "Anggaran Pendapatan dan Belanja Daerah (APBD) sesuai jadwal yang diatur dalam "
            "ketentuan perundang-undangan. Penetapan yang tepat waktu dinilai penting agar belanja "
            "untuk pelayanan dasar dapat berjalan sejak awal tahun anggaran.\n\n"
            "“Kami meminta kepala daerah dan DPRD membangun komunikasi sejak tahap penyusunan "
            "KUA-PPAS. Dengan begitu, pembahasan tidak menumpuk di akhir tahun,” ujar Hendra "
            "Kusumawardhana, pejabat Kemendagri yang membidangi perencanaan anggaran daerah, dalam "
            "rapat koordinasi virtual bersama pemerintah provinsi.\n\n"
            "Menurut Hendra, keterlambatan penetapan APBD berdampak langsung kepada masyarakat. "
            "Pembayaran honor tenaga kesehatan, biaya operasional sekolah, hingga perbaikan jalan "
            "bisa tertunda apabila dokumen anggaran belum disahkan.\n\n"
            "Kemendagri juga meminta daerah memprioritaskan belanja yang menyentuh kebutuhan "
            "warga, seperti pendidikan, kesehatan, dan infrastruktur dasar. Belanja pegawai dan "
            "belanja rutin lainnya diminta tetap proporsional.\n\n"
            "Selain itu, pemerintah provinsi diminta aktif mengevaluasi rancangan APBD "
            "kabupaten/kota di wilayahnya. Evaluasi tersebut bertujuan memastikan anggaran selaras "
            "dengan prioritas nasional dan tidak bertentangan dengan aturan yang lebih tinggi.\n\n"
            "“Evaluasi bukan untuk mempersulit, melainkan untuk menjaga kualitas belanja. Setiap "
            "rupiah harus jelas manfaatnya bagi masyarakat,” kata Hendra."
        ),
    },
    {
        "slug": "jelang-pilkada-asn-diingatkan-jaga-netralitas-di-media-sosial",
        "status": "published",
        "headline": "Jelang Pilkada, ASN Diingatkan Jaga Netralitas di Media Sosial",
        "dek": "ASN diminta tidak mengunggah, menyukai, atau membagikan konten kampanye.",
        "section": "pemerintahan",
        "source": "kantor-berita-nusantara",
        "authors": ["dewi-anggraini"],
        "tags": ["ASN", "Pilkada", "Kemendagri", "Literasi Digital"],
        "city": "Jakarta",
        "days_ago": 9,
        "published_on": None,
        "time": "14:20",
        "image_alt": "Ilustrasi: pegawai berseragam dinas memegang telepon genggam",
        "image_caption": "Pegawai pemerintah daerah mengikuti sosialisasi netralitas aparatur.",
        "image_credit": "Kantor Berita Nusantara",
        "related": [],
        "body": (
            "Aparatur sipil negara (ASN) di lingkungan pemerintah daerah kembali diingatkan untuk "
            "menjaga netralitas menjelang pemilihan kepala daerah (pilkada). Selain dalam kegiatan "
            "tatap muka, netralitas juga harus dijaga di ruang digital, terutama di media "
            "sosial.\n\n"
            "Pengingat itu disampaikan dalam sosialisasi yang digelar Kemendagri bersama sejumlah "
            "pemerintah provinsi. “Satu klik bisa dimaknai sebagai dukungan. Karena itu, ASN "
            "sebaiknya tidak menyukai, mengomentari, atau membagikan unggahan kampanye,” ujar "
            "Ratna Wulandari, narasumber dari Kemendagri.\n\n"
            "Ratna menjelaskan, ASN tetap memiliki hak pilih dan dapat menggunakannya di bilik "
            "suara. Namun, pilihan politik tersebut tidak boleh ditunjukkan di depan publik, "
            "apalagi dengan memakai fasilitas atau atribut jabatan.\n\n"
            "Penjabat kepala daerah juga diminta memberi contoh. Mereka diharapkan memastikan "
            "program pemerintah daerah tidak ditumpangi kepentingan calon tertentu selama masa "
            "kampanye berlangsung.\n\n"
            "Sejumlah daerah telah membuka kanal pengaduan bagi warga yang menemukan dugaan "
            "pelanggaran netralitas. Laporan yang masuk akan diteruskan kepada instansi pembina "
            "kepegawaian untuk ditindaklanjuti sesuai ketentuan.\n\n"
            "“Netralitas ASN adalah bagian dari menjaga kepercayaan publik terhadap birokrasi. "
            "Siapa pun yang terpilih nanti, pelayanan kepada masyarakat harus tetap sama baiknya,” "
            "kata Ratna."
        ),
    },
    {
        "slug": "dukcapil-jemput-bola-rekam-ktp-elektronik-pemilih-pemula",
        "status": "published",
        "headline": "Dukcapil Jemput Bola Rekam KTP Elektronik Pemilih Pemula di Sekolah",
        "dek": "Perekaman di sekolah memastikan siswa yang genap 17 tahun bisa memilih.",
        "section": "pemerintahan",
        "source": "puspen-kemendagri",
        "authors": ["redaksi"],
        "tags": ["Kependudukan", "KTP Elektronik", "Pilkada", "Pendidikan"],
        "city": "Kupang",
        "days_ago": 15,
        "published_on": None,
        "time": "08:45",
        "image_alt": "Ilustrasi: siswa berseragam SMA antre perekaman data di aula sekolah",
        "image_caption": "Petugas dinas kependudukan merekam data biometrik siswa di sekolah.",
        "image_credit": "Dok. Puspen Kemendagri",
        "related": [],
        "body": (
            "Dinas Kependudukan dan Pencatatan Sipil (Dukcapil) di sejumlah daerah menggelar "
            "perekaman KTP elektronik secara jemput bola di sekolah menengah atas dan kejuruan. "
            "Langkah ini menyasar siswa yang sudah atau akan genap berusia 17 tahun sebelum hari "
            "pemungutan suara.\n\n"
            "Di Kupang, Nusa Tenggara Timur, petugas membawa perangkat perekaman portabel ke aula "
            "sekolah. Siswa cukup membawa kartu keluarga, lalu menjalani pengambilan foto, "
            "perekaman sidik jari, dan pemindaian iris mata.\n\n"
            "“Kami yang datang ke sekolah supaya siswa tidak perlu izin meninggalkan pelajaran. "
            "Dalam sehari kami bisa melayani lebih dari dua ratus anak,” ujar Yohana Ndolu, "
            "petugas Dukcapil setempat.\n\n"
            "Kemendagri mendorong seluruh daerah melakukan langkah serupa. Data kependudukan yang "
            "mutakhir menjadi salah satu bahan penyusunan daftar pemilih, sehingga pemilih pemula "
            "diharapkan tidak kehilangan hak suaranya.\n\n"
            "Seorang siswa kelas XII, Maria Lerik, mengaku terbantu. “Tadinya saya pikir harus ke "
            "kantor dinas dan antre lama. Ternyata cukup di sekolah,” kata Maria, yang tahun ini "
            "akan memilih untuk pertama kalinya.\n\n"
            "Petugas juga mengimbau orang tua memastikan data dalam kartu keluarga sudah sesuai "
            "sebelum anak melakukan perekaman, agar proses pencetakan KTP elektronik tidak "
            "terhambat."
        ),
    },
    {
        "slug": "pemprov-jawa-barat-perluas-mal-pelayanan-publik-ke-lima-kabupaten",
        "status": "published",
        "headline": "Pemprov Jawa Barat Perluas Mal Pelayanan Publik ke Lima Kabupaten",
        "dek": "Warga bisa mengurus izin, dokumen kependudukan, dan pajak di satu gedung.",
        "section": "pemerintahan",
        "source": "humas-pemprov-jawa-barat",
        "authors": ["dewi-anggraini"],
        "tags": ["Pelayanan Publik", "Jawa Barat", "Inovasi Daerah", "Digitalisasi"],
        "city": "Bandung",
        "days_ago": 21,
        "published_on": None,
        "time": "10:40",
        "image_alt": "Ilustrasi: warga antre di deretan loket pelayanan yang tertata rapi",
        "image_caption": "Loket layanan terpadu untuk berbagai jenis perizinan dan administrasi.",
        "image_credit": "Dok. Humas Pemprov Jawa Barat",
        "related": [],
        "body": (
            "Pemerintah Provinsi Jawa Barat menargetkan lima kabupaten baru memiliki mal pelayanan "
            "publik (MPP) tahun ini. Di gedung tersebut, berbagai layanan dari instansi pusat, "
            "provinsi, dan kabupaten dihimpun dalam satu lokasi.\n\n"
            "“Warga tidak perlu lagi berpindah dari satu kantor ke kantor lain. Cukup datang ke "
            "satu gedung, ambil nomor antrean, dan semua urusan bisa diselesaikan,” kata Asep "
            "Supriatna, pejabat Pemprov Jawa Barat yang membidangi tata laksana pelayanan publik, "
            "di Bandung.\n\n"
            "Layanan yang tersedia di antaranya perizinan usaha, administrasi kependudukan, "
            "pembayaran pajak kendaraan bermotor, layanan ketenagakerjaan, hingga konsultasi "
            "perpajakan. Setiap MPP juga dilengkapi ruang laktasi, area bermain anak, dan akses "
            "bagi penyandang disabilitas.\n\n"
            "Asep menambahkan, MPP akan terhubung dengan sistem antrean daring. Warga dapat "
            "memesan jadwal kunjungan melalui aplikasi sehingga waktu tunggu di lokasi menjadi "
            "lebih singkat.\n\n"
            "Pemerintah kabupaten yang akan membangun MPP diminta menyiapkan gedung dan sumber "
            "daya manusia. Pemerintah provinsi akan membantu pendampingan teknis serta pelatihan "
            "bagi petugas layanan.\n\n"
            "“Kami ingin kualitas layanan di kabupaten setara dengan di kota besar. Warga di mana "
            "pun berhak dilayani dengan cepat dan ramah,” ujar Asep."
        ),
    },
    {
        "slug": "bpsdm-kemendagri-latih-camat-hadapi-situasi-darurat-bencana",
        "status": "published",
        "headline": "BPSDM Kemendagri Latih Camat Hadapi Situasi Darurat Bencana",
        "dek": "Camat dinilai menjadi garda terdepan pemerintah daerah saat bencana melanda.",
        "section": "pemerintahan",
        "source": "puspen-kemendagri",
        "authors": ["redaksi"],
        "tags": ["Diklat", "Kemendagri", "Bencana Alam", "ASN"],
        "city": "Bogor",
        "days_ago": 5,
        "published_on": None,
        "time": "13:10",
        "image_alt": "Ilustrasi: peserta pelatihan berompi oranye melakukan simulasi evakuasi",
        "image_caption": "Peserta pelatihan mengikuti simulasi penanganan darurat di area terbuka.",
        "image_credit": "Dok. Puspen Kemendagri",
        "related": ["bpsdm-kemendagri-dorong-peran-sekretaris-perangkat-daerah"],
        "body": (
            "Badan Pengembangan Sumber Daya Manusia (BPSDM) Kemendagri menggelar pelatihan "
            "manajemen kedaruratan bagi camat dari sejumlah kabupaten rawan bencana. Selama lima "
            "hari, peserta dibekali kemampuan mengambil keputusan cepat pada jam-jam pertama "
            "setelah bencana terjadi.\n\n"
            "“Ketika gempa atau banjir datang, warga pertama kali mencari camat dan kepala desa. "
            "Karena itu, camat harus tahu apa yang dilakukan sebelum bantuan dari kabupaten tiba,” "
            "ujar Dimas Aryanto, widyaiswara BPSDM Kemendagri yang menjadi salah satu pengajar.\n\n"
            "Materi pelatihan meliputi pemetaan risiko wilayah, pendataan pengungsi, koordinasi "
            "dengan TNI dan Polri, serta pengelolaan logistik. Peserta juga menjalani simulasi di "
            "lapangan, mulai dari mendirikan posko hingga menyusun laporan situasi.\n\n"
            "Salah satu peserta, Nurul Aini, camat dari sebuah kecamatan di pesisir selatan Jawa, "
            "mengaku mendapat banyak pelajaran. “Simulasi ini membuka mata saya. Ternyata banyak "
            "hal kecil, seperti daftar kontak darurat, yang selama ini belum kami siapkan,” "
            "katanya.\n\n"
            "BPSDM berencana menjadikan pelatihan ini program rutin dan memperluas pesertanya ke "
            "lurah serta kepala desa. Hasil pelatihan diharapkan dapat langsung diterapkan dalam "
            "rencana kontinjensi di setiap kecamatan."
        ),
    },
    {
        "slug": "kemendagri-evaluasi-kinerja-penyelenggaraan-pemerintahan-daerah",
        "status": "published",
        "headline": "Kemendagri Evaluasi Kinerja Penyelenggaraan Pemerintahan Daerah",
        "dek": "Hasil evaluasi menjadi dasar pembinaan dan penghargaan bagi daerah.",
        "section": "pemerintahan",
        "source": "puspen-kemendagri",
        "authors": ["redaksi", "dewi-anggraini"],
        "tags": ["Otonomi Daerah", "Kemendagri", "Pemerintah Daerah"],
        "city": "Jakarta",
        "days_ago": 27,
        "published_on": None,
        "time": "11:00",
        "image_alt": "Ilustrasi: tim penilai memeriksa berkas laporan di atas meja panjang",
        "image_caption": "Tim evaluasi memverifikasi laporan penyelenggaraan pemerintahan daerah.",
        "image_credit": "Dok. Puspen Kemendagri",
        "related": [],
        "body": (
            "Kemendagri memulai evaluasi kinerja penyelenggaraan pemerintahan daerah terhadap "
            "pemerintah provinsi, kabupaten, dan kota. Evaluasi dilakukan berdasarkan laporan yang "
            "disampaikan setiap daerah, lalu diverifikasi oleh tim nasional.\n\n"
            "“Kami tidak hanya melihat dokumen. Tim juga akan memastikan capaian yang dilaporkan "
            "benar-benar dirasakan masyarakat,” ujar Bambang Setiaji, pejabat Kemendagri yang "
            "memimpin tim evaluasi.\n\n"
            "Aspek yang dinilai mencakup tata kelola pemerintahan, kualitas pelayanan publik, "
            "kinerja keuangan daerah, serta capaian indikator makro seperti angka kemiskinan dan "
            "indeks pembangunan manusia.\n\n"
            "Tahun ini, tim juga akan melakukan kunjungan lapangan ke sejumlah daerah yang dipilih "
            "secara acak. Kunjungan tersebut dimaksudkan untuk mencocokkan isi laporan dengan "
            "kondisi nyata layanan di lapangan, termasuk dengan mewawancarai warga pengguna "
            "layanan.\n\n"
            "Daerah dengan nilai tertinggi akan memperoleh penghargaan. Sebaliknya, daerah dengan "
            "capaian rendah akan mendapat pendampingan khusus untuk memperbaiki kinerja pada tahun "
            "berikutnya.\n\n"
            "Bambang mengingatkan agar daerah menyusun laporan secara jujur dan berbasis data. "
            "Menurutnya, evaluasi ini adalah cermin yang membantu kepala daerah melihat kekuatan "
            "dan kelemahan pemerintahannya.\n\n"
            "“Otonomi daerah memberi kewenangan yang besar. Evaluasi memastikan kewenangan itu "
            "dijalankan secara akuntabel,” katanya."
        ),
    },
    {
        "slug": "dprd-dan-pemkot-makassar-sepakati-sinkronisasi-program-prioritas",
        "status": "published",
        "headline": "DPRD dan Pemkot Makassar Sepakati Sinkronisasi Program Prioritas",
        "dek": "Kesepakatan ini diharapkan mencegah program dewan dan dinas tumpang-tindih.",
        "section": "pemerintahan",
        "source": "warta-sulawesi-raya",
        "authors": ["frans-rumbiak"],
        "tags": ["DPRD", "Sulawesi Selatan", "Pemerintah Daerah", "APBD"],
        "city": "Makassar",
        "days_ago": 33,
        "published_on": None,
        "time": "15:30",
        "image_alt": "Ilustrasi: anggota dewan dan pejabat kota duduk berhadapan di ruang sidang",
        "image_caption": "Rapat kerja antara pimpinan dewan dan tim anggaran pemerintah kota.",
        "image_credit": "Warta Sulawesi Raya",
        "related": [],
        "body": (
            "DPRD dan Pemerintah Kota Makassar menyepakati mekanisme sinkronisasi program "
            "prioritas dalam rapat kerja yang berlangsung di gedung dewan. Kesepakatan ini "
            "mengatur agar usulan pokok-pokok pikiran anggota dewan dibahas sejak awal bersama "
            "perangkat daerah.\n\n"
            "“Selama ini aspirasi warga yang kami serap saat reses sering baru masuk di akhir "
            "pembahasan anggaran. Ke depan, semuanya kami bawa sejak tahap perencanaan,” ujar Andi "
            "Syamsul Bahri, anggota DPRD yang memimpin rapat.\n\n"
            "Dari pihak pemerintah kota, Rahmawati Said, pejabat yang membidangi perencanaan "
            "pembangunan, menyambut baik kesepakatan tersebut. Menurutnya, sinkronisasi akan "
            "mengurangi kegiatan yang tumpang-tindih dan membuat anggaran lebih fokus.\n\n"
            "“Kami ingin setiap rupiah dalam APBD punya sasaran yang jelas, entah perbaikan "
            "drainase, layanan kesehatan, atau pemberdayaan ekonomi warga,” kata Rahmawati.\n\n"
            "Rapat tersebut juga menyepakati jadwal pertemuan rutin antara komisi-komisi di DPRD "
            "dan perangkat daerah mitra kerjanya. Pertemuan itu akan digunakan untuk memantau "
            "pelaksanaan program sepanjang tahun.\n\n"
            "Kedua pihak juga sepakat memanfaatkan sistem informasi perencanaan daerah agar setiap "
            "usulan dapat dilacak, mulai dari musyawarah perencanaan di tingkat kelurahan hingga "
            "masuk ke dokumen anggaran."
        ),
    },
    {
        "slug": "prajurit-satgas-yonif-509-kostrad-borong-sayur-mama-papua",
        "status": "published",
        "headline": "Prajurit Satgas Yonif 509 Kostrad Borong Sayur Mama Papua di Intan Jaya",
        "dek": "Selain berbelanja, para prajurit berbincang akrab dengan mama-mama pedagang.",
        "section": "daerah",
        "source": None,
        "authors": ["frans-rumbiak"],
        "tags": ["Papua", "TNI", "Kostrad", "UMKM"],
        "city": "Intan Jaya",
        "days_ago": 1,
        "published_on": None,
        "time": "16:05",
        "image_alt": "Ilustrasi: prajurit berseragam loreng berbincang dengan pedagang sayur",
        "image_caption": "Prajurit Satgas berbincang dengan mama-mama pedagang sayur di pasar.",
        "image_credit": "Dok. Satgas Yonif 509 Kostrad",
        "related": [],
        "body": (
            "Prajurit Satuan Tugas (Satgas) Mobile Yonif 509 Condromowo Kostrad menyempatkan diri "
            "menyapa para pedagang perempuan asli Papua, yang akrab disapa Mama Papua, di sebuah "
            "pasar tradisional di Kabupaten Intan Jaya. Tidak hanya bercengkerama, para prajurit "
            "juga membeli sayur-mayur hasil kebun yang dijajakan para mama.\n\n"
            "Sawi, daun singkong, ubi jalar, dan labu siam menjadi barang yang paling banyak "
            "dibeli. Hasil belanja itu kemudian dibawa ke pos untuk memenuhi kebutuhan dapur para "
            "prajurit.\n\n"
            "“Kami ingin hadir sebagai saudara. Dengan membeli hasil kebun mama-mama, kami ikut "
            "membantu perputaran ekonomi warga,” ujar Letnan Satu Inf. Dimas Prasetyo, perwira "
            "yang memimpin kegiatan tersebut.\n\n"
            "Para pedagang menyambut kedatangan prajurit dengan senyum. “Kami senang, jualan cepat "
            "habis. Anak-anak tentara juga ramah, mereka ajak kami cerita,” kata Mama Yuliana, "
            "salah satu pedagang yang sehari-hari menggelar dagangan di atas karung beralas "
            "tanah.\n\n"
            "Menurut Dimas, kegiatan semacam ini rutin dilakukan sebagai bagian dari pendekatan "
            "komunikasi sosial dengan masyarakat. Selain berbelanja di pasar, prajurit juga kerap "
            "membantu warga memperbaiki fasilitas umum dan mengajar anak-anak membaca.\n\n"
            "“Kedekatan dengan masyarakat dibangun dari hal-hal sederhana seperti ini. Kami "
            "belajar banyak dari mama-mama tentang kehidupan di sini,” tutur Dimas."
        ),
    },
    {
        "slug": "kemendagri-dampingi-penguatan-tata-kelola-pemerintahan-di-tanah-papua",
        "status": "published",
        "headline": "Kemendagri Dampingi Penguatan Tata Kelola Pemerintahan Daerah di Tanah Papua",
        "dek": "Pendampingan menyasar penataan organisasi, perencanaan, dan keuangan daerah.",
        "section": "daerah",
        "source": "puspen-kemendagri",
        "authors": ["redaksi", "frans-rumbiak"],
        "tags": ["Papua", "Otonomi Daerah", "Kemendagri", "Pemerintah Daerah"],
        "city": "Jayapura",
        "days_ago": 12,
        "published_on": None,
        "time": "10:00",
        "image_alt": "Ilustrasi: aparatur daerah mengikuti lokakarya di ruang pertemuan",
        "image_caption": "Lokakarya penguatan kapasitas aparatur pemerintah daerah di Jayapura.",
        "image_credit": "Dok. Puspen Kemendagri",
        "related": ["prajurit-satgas-yonif-509-kostrad-borong-sayur-mama-papua"],
        "body": (
            "Kemendagri menurunkan tim pendamping untuk membantu penguatan tata kelola "
            "pemerintahan daerah di Tanah Papua. Pendampingan difokuskan pada penataan perangkat "
            "daerah, penyusunan dokumen perencanaan, serta pengelolaan keuangan daerah.\n\n"
            "“Kami datang bukan untuk mengambil alih pekerjaan daerah, melainkan bekerja bersama "
            "aparatur setempat sampai sistemnya berjalan,” ujar Teguh Prakoso, ketua tim "
            "pendamping dari Kemendagri, di Jayapura.\n\n"
            "Dalam lokakarya yang digelar selama tiga hari, aparatur dari berbagai kabupaten "
            "belajar menyusun rencana kerja yang terukur dan selaras dengan kebijakan otonomi "
            "khusus. Materi juga membahas tata cara pelaporan penggunaan anggaran agar lebih "
            "tertib.\n\n"
            "Yance Mofu, pejabat dari salah satu kabupaten peserta, menilai pendampingan tersebut "
            "tepat sasaran. “Pendampingan seperti ini sangat kami butuhkan, terutama untuk pegawai "
            "muda yang baru bertugas,” katanya.\n\n"
            "Teguh menambahkan, pendampingan akan berlangsung bertahap dan dievaluasi setiap tiga "
            "bulan. Kemendagri juga membuka kelas daring agar aparatur di daerah yang sulit "
            "dijangkau tetap dapat mengikuti materi.\n\n"
            "“Tantangan geografis di Papua tidak boleh menjadi alasan tertinggal dalam tata "
            "kelola. Teknologi dan pendampingan yang konsisten bisa menjembatani jarak itu,” ujar "
            "Teguh."
        ),
    },
    {
        "slug": "jawa-barat-bentuk-desa-tangguh-bencana-di-kawasan-rawan-longsor",
        "status": "published",
        "headline": "Jawa Barat Bentuk Desa Tangguh Bencana di Kawasan Rawan Longsor",
        "dek": "Warga dilatih mengenali tanda awal longsor dan menyiapkan jalur evakuasi.",
        "section": "daerah",
        "source": "humas-pemprov-jawa-barat",
        "authors": ["dewi-anggraini"],
        "tags": ["Jawa Barat", "Bencana Alam", "Dana Desa"],
        "city": "Bandung",
        "days_ago": 18,
        "published_on": None,
        "time": "08:15",
        "image_alt": "Ilustrasi: warga desa memasang papan jalur evakuasi di lereng bukit",
        "image_caption": "Warga memasang rambu jalur evakuasi di desa di lereng perbukitan.",
        "image_credit": "Dok. Humas Pemprov Jawa Barat",
        "related": [],
        "body": (
            "Pemerintah Provinsi Jawa Barat membentuk desa tangguh bencana di sejumlah kawasan "
            "perbukitan yang rawan longsor. Program ini melibatkan perangkat desa, relawan, dan "
            "warga untuk menyiapkan langkah antisipasi sebelum musim hujan mencapai puncaknya.\n\n"
            "“Longsor sering terjadi pada malam hari saat warga tidur. Karena itu, sistem "
            "peringatan dini di tingkat kampung sangat menentukan,” kata Dadang Sukmana, pejabat "
            "badan penanggulangan bencana daerah Jawa Barat.\n\n"
            "Warga dilatih mengenali tanda awal pergerakan tanah, seperti retakan di dinding "
            "rumah, mata air yang tiba-tiba keruh, atau pohon yang mulai miring. Setiap desa juga "
            "diminta menyusun peta jalur evakuasi dan menentukan titik kumpul.\n\n"
            "Pemerintah desa dapat memanfaatkan dana desa untuk membeli perlengkapan sederhana, "
            "seperti pengeras suara, senter, dan alat pengukur curah hujan. Pemerintah provinsi "
            "akan membantu pelatihan dan pendampingan teknis.\n\n"
            "Eneng Rohayati, kepala desa di wilayah selatan Jawa Barat, menyebut warganya kini "
            "lebih siap. “Dulu kami hanya pasrah. Sekarang warga tahu harus lari ke mana dan siapa "
            "yang bertugas memukul kentongan,” ujarnya."
        ),
    },
    {
        "slug": "festival-kopi-toraja-dongkrak-kunjungan-wisatawan",
        "status": "published",
        "headline": "Festival Kopi Toraja Dongkrak Kunjungan Wisatawan dan Penjualan Petani",
        "dek": "Pengunjung mencicipi kopi kebun rakyat sekaligus belajar cara mengolahnya.",
        "section": "daerah",
        "source": "warta-sulawesi-raya",
        "authors": ["frans-rumbiak"],
        "tags": ["Pariwisata", "Sulawesi Selatan", "UMKM", "Pertanian"],
        "city": "Rantepao",
        "days_ago": 24,
        "published_on": None,
        "time": "17:45",
        "image_alt": "Ilustrasi: pengunjung mencicipi kopi di stan festival berlatar rumah adat",
        "image_caption": "Pengunjung mencicipi seduhan kopi dari kebun rakyat di arena festival.",
        "image_credit": "Warta Sulawesi Raya",
        "related": [],
        "body": (
            "Festival kopi yang digelar di Rantepao, Kabupaten Toraja Utara, menarik ribuan "
            "pengunjung dari dalam dan luar Sulawesi Selatan. Selama tiga hari, puluhan petani dan "
            "pelaku usaha kecil memamerkan kopi dari kebun-kebun rakyat di dataran tinggi "
            "Toraja.\n\n"
            "Pengunjung tidak hanya mencicipi, tetapi juga dapat mengikuti kelas singkat tentang "
            "proses pascapanen, mulai dari petik merah, fermentasi, hingga penyangraian.\n\n"
            "“Kami ingin orang tahu bahwa di balik secangkir kopi ada kerja keras petani. Kalau "
            "wisatawan datang ke kebun, petani juga ikut merasakan manfaatnya,” ujar Yohanis "
            "Palimbong, ketua panitia festival.\n\n"
            "Penjualan kopi kemasan selama festival meningkat dibandingkan hari biasa. Sejumlah "
            "petani mengaku mendapatkan pembeli baru dari kalangan pemilik kedai kopi di Makassar "
            "dan Jakarta.\n\n"
            "“Biasanya kami menjual biji kopi ke pengepul. Di sini kami bisa menjual bubuk kopi "
            "dengan merek sendiri,” kata Martina Sampe, petani kopi yang baru pertama kali ikut "
            "festival.\n\n"
            "Pemerintah daerah berencana menjadikan festival ini agenda tahunan dan mengemasnya "
            "bersama paket wisata budaya, sehingga wisatawan memiliki alasan untuk tinggal lebih "
            "lama di Toraja."
        ),
    },
    {
        "slug": "banjir-rob-genangi-pesisir-semarang-petugas-siagakan-pompa-air",
        "status": "published",
        "headline": "Banjir Rob Genangi Pesisir Semarang, Petugas Siagakan Pompa Air",
        "dek": "Air pasang merendam jalan dan permukiman, aktivitas warga berangsur pulih.",
        "section": "daerah",
        "source": "kantor-berita-nusantara",
        "authors": ["made-suardana"],
        "tags": ["Bencana Alam", "Lingkungan Hidup", "Infrastruktur"],
        "city": "Semarang",
        "days_ago": 30,
        "published_on": None,
        "time": "07:20",
        "image_alt": "Ilustrasi: sepeda motor melintasi jalan yang tergenang air laut",
        "image_caption": "Pengendara melintasi genangan air pasang di jalan kawasan pesisir.",
        "image_credit": "Kantor Berita Nusantara",
        "related": [],
        "body": (
            "Banjir rob kembali menggenangi sejumlah ruas jalan dan permukiman di kawasan pesisir "
            "utara Semarang, Jawa Tengah. Air laut pasang mulai masuk sejak dini hari dengan "
            "ketinggian bervariasi antara 20 dan 50 sentimeter.\n\n"
            "Petugas dinas pekerjaan umum menyiagakan pompa air portabel di titik-titik terendah. "
            "“Pompa kami operasikan bergantian sampai air surut. Kami juga membersihkan saluran "
            "yang tersumbat sampah agar aliran ke laut lancar,” ujar Wahyu Nugroho, koordinator "
            "petugas di lapangan.\n\n"
            "Sebagian warga memindahkan barang-barang berharga ke tempat yang lebih tinggi. “Rob "
            "sudah jadi langganan. Yang penting kulkas dan kompor sudah kami naikkan,” kata "
            "Sutarmi, yang membuka warung makan di tepi jalan.\n\n"
            "Petugas memperkirakan pasang tinggi masih akan terjadi hingga beberapa hari ke depan "
            "seiring fase bulan purnama. Warga diminta tetap waspada, terutama pada pagi dan sore "
            "hari ketika air laut mencapai puncaknya.\n\n"
            "Pemerintah kota menyatakan penanganan jangka panjang terus dilakukan, antara lain "
            "melalui peninggian jalan, pembangunan tanggul, dan penanaman mangrove di sepanjang "
            "pantai untuk meredam laju air laut."
        ),
    },
    {
        "slug": "medan-uji-coba-rute-baru-angkutan-kota-terintegrasi-bus",
        "status": "published",
        "headline": "Medan Uji Coba Rute Baru Angkutan Kota Terintegrasi Bus",
        "dek": "Penumpang cukup membayar sekali untuk berpindah dari angkot ke bus.",
        "section": "daerah",
        "source": "tim-redaksi",
        "authors": ["rizal-hakim"],
        "tags": ["Transportasi", "Pelayanan Publik", "Infrastruktur"],
        "city": "Medan",
        "days_ago": 36,
        "published_on": None,
        "time": "12:25",
        "image_alt": "Ilustrasi: angkutan kota berwarna cerah berhenti di halte transit",
        "image_caption": "Angkutan kota menurunkan penumpang di halte transit jalur bus.",
        "image_credit": "Kabar Nusantara/Rizal Hakim",
        "related": [],
        "body": (
            "Pemerintah Kota Medan mulai menguji coba rute baru angkutan kota yang terhubung "
            "dengan layanan bus perkotaan. Dalam skema ini, angkutan kota berfungsi sebagai "
            "pengumpan dari kawasan permukiman menuju halte transit.\n\n"
            "“Kami tidak ingin angkot tersingkir. Justru angkot kami libatkan sebagai bagian dari "
            "sistem, dengan rute yang lebih tertata,” ujar Ferdinand Sitompul, pejabat dinas "
            "perhubungan setempat.\n\n"
            "Selama uji coba, penumpang cukup membayar satu kali tarif untuk berpindah moda dalam "
            "rentang waktu tertentu. Pembayaran dapat dilakukan secara nontunai menggunakan kartu "
            "atau kode QR.\n\n"
            "Sopir angkutan kota yang ikut program mendapat pembayaran berdasarkan jarak tempuh, "
            "bukan jumlah penumpang. Skema ini diharapkan mengurangi kebiasaan mengetem dan "
            "berebut penumpang di pinggir jalan.\n\n"
            "“Penghasilan jadi lebih pasti. Kami tidak perlu lagi kejar setoran sampai malam,” "
            "kata Ramli Nasution, sopir angkot yang sudah belasan tahun melayani rute di pusat "
            "kota.\n\n"
            "Uji coba berlangsung selama tiga bulan sebelum dievaluasi. Jika hasilnya baik, skema "
            "serupa akan diterapkan di koridor lain."
        ),
    },
    {
        "slug": "puskesmas-keliling-jangkau-warga-pulau-pulau-kecil-di-maluku",
        "status": "published",
        "headline": "Puskesmas Keliling Jangkau Warga Pulau-Pulau Kecil di Maluku",
        "dek": "Tenaga kesehatan menumpang kapal motor untuk memeriksa ibu hamil dan balita.",
        "section": "daerah",
        "source": None,
        "authors": ["frans-rumbiak"],
        "tags": ["Kesehatan", "Stunting"],
        "city": "Ambon",
        "days_ago": 42,
        "published_on": None,
        "time": "09:05",
        "image_alt": "Ilustrasi: perahu motor membawa petugas kesehatan menuju pulau kecil",
        "image_caption": "Petugas kesehatan menyeberang dengan kapal motor menuju pulau kecil.",
        "image_credit": "Kabar Nusantara/Frans Rumbiak",
        "related": [],
        "body": (
            "Layanan puskesmas keliling kembali menyambangi warga di pulau-pulau kecil di Maluku. "
            "Dengan menumpang kapal motor, tim tenaga kesehatan membawa obat-obatan, alat ukur "
            "tinggi dan berat badan, serta vaksin untuk anak-anak.\n\n"
            "“Di beberapa pulau belum ada tenaga kesehatan yang menetap. Kalau kami tidak datang, "
            "ibu hamil harus menyeberang berjam-jam hanya untuk periksa,” ujar Fransina Latuheru, "
            "bidan koordinator dalam tim tersebut.\n\n"
            "Setiap kunjungan, tim memeriksa ibu hamil, menimbang balita, dan memberikan "
            "penyuluhan gizi. Balita yang pertumbuhannya kurang optimal dicatat untuk dipantau "
            "pada kunjungan berikutnya.\n\n"
            "Tim biasanya berangkat pagi-pagi sekali dan baru kembali menjelang petang. Dalam satu "
            "perjalanan, mereka dapat menyinggahi dua hingga tiga pulau, bergantung pada jarak dan "
            "kondisi gelombang. Di setiap pulau, balai desa atau rumah warga disulap menjadi ruang "
            "periksa sementara.\n\n"
            "Cuaca menjadi tantangan utama. Saat gelombang tinggi, jadwal kunjungan terpaksa "
            "ditunda hingga laut kembali tenang, sehingga tim harus pandai mengatur ulang rute "
            "perjalanan.\n\n"
            "“Anak saya bisa imunisasi di sini. Kami berterima kasih petugas mau datang walau "
            "ombak besar,” kata Salma Rumalutur, warga yang membawa balitanya ke posyandu darurat "
            "di balai desa."
        ),
    },
    {
        "slug": "pemda-diminta-perkuat-data-sasaran-percepat-penurunan-stunting",
        "status": "published",
        "headline": "Pemda Diminta Perkuat Data Sasaran untuk Percepat Penurunan Stunting",
        "dek": "Data keluarga berisiko yang akurat menjadi kunci intervensi gizi tepat sasaran.",
        "section": "nasional",
        "source": "puspen-kemendagri",
        "authors": ["redaksi"],
        "tags": ["Stunting", "Kesehatan", "Kemendagri", "Pemerintah Daerah", "Dana Desa"],
        "city": "Jakarta",
        "days_ago": 0,
        "published_on": None,
        "time": "11:45",
        "image_alt": "Ilustrasi: kader posyandu menimbang bayi di atas timbangan gantung",
        "image_caption": "Kader posyandu menimbang balita dalam kegiatan pemantauan pertumbuhan.",
        "image_credit": "Dok. Puspen Kemendagri",
        "related": [],
        "body": (
            "Kemendagri meminta pemerintah daerah memperkuat pendataan sasaran dalam upaya "
            "percepatan penurunan stunting. Data yang akurat hingga tingkat desa dinilai menjadi "
            "kunci agar bantuan gizi dan layanan kesehatan sampai kepada keluarga yang benar-benar "
            "membutuhkan.\n\n"
            "“Masih ada daerah yang datanya berbeda antara dinas kesehatan, dinas sosial, dan "
            "pemerintah desa. Kalau datanya tidak sama, intervensinya juga bisa salah alamat,” "
            "ujar Sri Handayani, pejabat Kemendagri, dalam rapat koordinasi bersama pemerintah "
            "provinsi.\n\n"
            "Ia meminta kepala daerah memastikan tim percepatan penurunan stunting di setiap "
            "tingkatan bekerja aktif. Rapat evaluasi diharapkan digelar secara rutin, bukan hanya "
            "menjelang tenggat pelaporan.\n\n"
            "Kemendagri juga mendorong pemanfaatan anggaran daerah dan dana desa untuk kegiatan "
            "yang berdampak langsung, seperti pemberian makanan tambahan bagi ibu hamil, "
            "penyediaan air bersih, dan perbaikan sanitasi.\n\n"
            "“Stunting bukan hanya urusan sektor kesehatan. Semua perangkat daerah punya peran, "
            "dari pekerjaan umum sampai pendidikan,” kata Sri.\n\n"
            "Daerah yang menunjukkan kemajuan signifikan akan dijadikan contoh praktik baik untuk "
            "direplikasi oleh daerah lain."
        ),
    },
    {
        "slug": "kemendagri-gelar-rakor-kesiapan-pilkada-serentak",
        "status": "published",
        "headline": "Kemendagri Gelar Rakor Kesiapan Pilkada Serentak bersama Pemda",
        "dek": "Dukungan anggaran, keamanan, dan data pemilih diminta siap sesuai jadwal.",
        "section": "nasional",
        "source": "puspen-kemendagri",
        "authors": ["redaksi", "dewi-anggraini"],
        "tags": ["Pilkada", "Kemendagri", "Otonomi Daerah", "Kependudukan"],
        "city": "Jakarta",
        "days_ago": 7,
        "published_on": None,
        "time": "15:00",
        "image_alt": "Ilustrasi: kotak suara tersusun rapi di gudang logistik",
        "image_caption": "Logistik pemilihan disiapkan di gudang penyelenggara pemilu.",
        "image_credit": "Dok. Puspen Kemendagri",
        "related": [],
        "body": (
            "Kemendagri menggelar rapat koordinasi kesiapan pemilihan kepala daerah serentak "
            "bersama pemerintah provinsi, kabupaten, dan kota. Rapat membahas dukungan pemerintah "
            "daerah terhadap penyelenggara pemilu, mulai dari anggaran hingga pengamanan.\n\n"
            "“Pemerintah daerah bukan penyelenggara, tetapi perannya sangat menentukan. Hibah "
            "anggaran harus cair tepat waktu, sarana harus siap, dan koordinasi keamanan harus "
            "berjalan,” ujar Irwan Gunadi, pejabat Kemendagri yang memimpin rapat.\n\n"
            "Ia juga meminta dinas kependudukan dan pencatatan sipil membantu pemutakhiran data "
            "pemilih dengan menyediakan data kependudukan terbaru, termasuk warga yang baru "
            "berusia 17 tahun dan warga yang telah meninggal dunia.\n\n"
            "Selain itu, forum koordinasi pimpinan daerah diminta memetakan wilayah yang "
            "berpotensi rawan gangguan. Langkah pencegahan, seperti dialog dengan tokoh masyarakat "
            "dan tokoh agama, diharapkan dilakukan sejak dini. Pemerintah daerah juga diminta "
            "memastikan aparatur di tingkat kecamatan hingga desa memahami batasan keterlibatan "
            "mereka selama tahapan pilkada.\n\n"
            "“Kami ingin pilkada berlangsung aman, damai, dan menghasilkan pemimpin yang "
            "legitimasinya kuat,” kata Irwan.\n\n"
            "Kemendagri akan memantau kesiapan setiap daerah secara berkala dan membuka layanan "
            "konsultasi bagi pemerintah daerah yang menghadapi kendala."
        ),
    },
    {
        "slug": "posko-terpadu-disiagakan-di-jalur-pantura-selama-arus-mudik",
        "status": "published",
        "headline": "Posko Terpadu Disiagakan di Jalur Pantura Selama Arus Mudik",
        "dek": "Pemudik bisa beristirahat dan memeriksakan kesehatan di posko jalur pantura.",
        "section": "nasional",
        "source": "kantor-berita-nusantara",
        "authors": ["rizal-hakim"],
        "tags": ["Transportasi", "Infrastruktur", "Jawa Barat"],
        "city": "Cirebon",
        "days_ago": 48,
        "published_on": None,
        "time": "06:30",
        "image_alt": "Ilustrasi: tenda posko mudik di tepi jalan raya dengan kendaraan melintas",
        "image_caption": "Posko pelayanan mudik berdiri di tepi jalur pantai utara Jawa.",
        "image_credit": "Kantor Berita Nusantara",
        "related": [],
        "body": (
            "Posko terpadu mulai disiagakan di sejumlah titik jalur pantai utara (pantura) Jawa "
            "untuk melayani pemudik. Posko tersebut melibatkan petugas kepolisian, dinas "
            "perhubungan, dinas kesehatan, dan relawan.\n\n"
            "Di Cirebon, Jawa Barat, posko dilengkapi ruang istirahat, layanan pemeriksaan "
            "kesehatan gratis, dan bengkel darurat bagi pemudik sepeda motor. Petugas juga "
            "menyediakan informasi kepadatan lalu lintas yang diperbarui setiap jam.\n\n"
            "Setiap posko dijaga secara bergiliran selama 24 jam. Pada malam hari, petugas "
            "menambah penerangan di sekitar lokasi dan menyiapkan minuman hangat bagi pengendara "
            "yang berhenti untuk beristirahat.\n\n"
            "“Kami imbau pemudik sepeda motor beristirahat setiap dua jam. Kelelahan masih menjadi "
            "salah satu penyebab utama kecelakaan,” ujar Yayan Suryana, koordinator posko dari "
            "dinas perhubungan setempat.\n\n"
            "Wawan Setiadi, pemudik yang berangkat dari Bekasi bersama istri dan anaknya, "
            "memanfaatkan posko untuk melepas lelah. “Lumayan bisa selonjoran dan minum teh hangat "
            "sebelum lanjut ke Tegal,” katanya.\n\n"
            "Petugas juga mengingatkan pemudik untuk memeriksa kondisi kendaraan sebelum berangkat "
            "serta tidak membawa penumpang dan barang melebihi kapasitas. Pemudik yang membutuhkan "
            "bantuan darurat dapat menghubungi nomor layanan yang terpasang di setiap posko."
        ),
    },
    {
        "slug": "pendaftaran-beasiswa-afirmasi-pendidikan-daerah-3t-dibuka",
        "status": "published",
        "headline": "Pendaftaran Beasiswa Afirmasi Pendidikan untuk Daerah 3T Dibuka",
        "dek": "Program ini menyasar lulusan SMA dan SMK dari daerah 3T, termasuk Papua.",
        "section": "nasional",
        "source": "tim-redaksi",
        "authors": ["siti-rahmawati"],
        "tags": ["Pendidikan", "Papua", "Pemuda"],
        "city": "Jakarta",
        "days_ago": 54,
        "published_on": None,
        "time": "13:35",
        "image_alt": "Ilustrasi: siswa berseragam putih abu-abu belajar bersama di perpustakaan",
        "image_caption": "Siswa sekolah menengah atas belajar bersama di perpustakaan sekolah.",
        "image_credit": "Kabar Nusantara/Siti Rahmawati",
        "related": [],
        "body": (
            "Pendaftaran beasiswa afirmasi pendidikan tinggi bagi lulusan SMA dan SMK dari daerah "
            "terdepan, terluar, dan tertinggal (3T) resmi dibuka. Program ini menanggung biaya "
            "kuliah sekaligus memberikan bantuan biaya hidup selama masa studi.\n\n"
            "“Kami ingin anak-anak dari pelosok punya kesempatan yang sama untuk kuliah di "
            "perguruan tinggi terbaik. Setelah lulus, kami berharap mereka kembali membangun "
            "daerahnya,” ujar Lestari Widyaningsih, pengelola program beasiswa.\n\n"
            "Calon penerima wajib mendaftar melalui laman resmi program dengan melampirkan rapor, "
            "surat keterangan domisili, dan rekomendasi dari sekolah. Seleksi meliputi penilaian "
            "akademik dan wawancara. Pendaftaran dibuka selama satu bulan.\n\n"
            "Kuota khusus disediakan bagi pelajar asli Papua. Peserta yang lolos akan mengikuti "
            "program matrikulasi sebelum perkuliahan dimulai agar lebih siap beradaptasi di "
            "lingkungan kampus. Selama kuliah, penerima beasiswa juga akan didampingi pembimbing "
            "akademik yang memantau perkembangan studi mereka.\n\n"
            "Pemerintah daerah diminta membantu menyosialisasikan program ini hingga ke "
            "sekolah-sekolah di pedalaman, termasuk memfasilitasi siswa yang kesulitan mengakses "
            "internet untuk mendaftar.\n\n"
            "“Jangan sampai ada anak yang berprestasi tetapi tidak mendaftar hanya karena tidak "
            "tahu informasinya,” kata Lestari."
        ),
    },
    {
        "slug": "peringatan-hari-otonomi-daerah-inovasi-pelayanan-jadi-sorotan",
        "status": "published",
        "headline": "Peringatan Hari Otonomi Daerah, Inovasi Pelayanan Jadi Sorotan",
        "dek": "Kemendagri mengajak daerah menjadikan otonomi sebagai ruang berinovasi.",
        "section": "nasional",
        "source": "puspen-kemendagri",
        "authors": ["redaksi"],
        "tags": ["Otonomi Daerah", "Pelayanan Publik", "Kemendagri", "Inovasi Daerah"],
        "city": "Surabaya",
        "days_ago": 39,
        "published_on": None,
        "time": "08:00",
        "image_alt": "Ilustrasi: barisan peserta upacara di halaman kantor pemerintahan",
        "image_caption": "Upacara peringatan Hari Otonomi Daerah di halaman kantor pemerintahan.",
        "image_credit": "Dok. Puspen Kemendagri",
        "related": [],
        "body": (
            "Peringatan Hari Otonomi Daerah yang dipusatkan di Surabaya, Jawa Timur, menjadi "
            "momentum bagi pemerintah daerah untuk memamerkan inovasi pelayanan publik. Sejumlah "
            "daerah menampilkan layanan yang lahir dari kebutuhan warga, mulai dari pengurusan "
            "dokumen secara daring hingga layanan kesehatan keliling.\n\n"
            "“Otonomi daerah bukan sekadar pembagian kewenangan. Otonomi adalah kesempatan bagi "
            "daerah untuk mencari cara terbaik melayani warganya,” ujar Yudhi Kartiko, pejabat "
            "Kemendagri, dalam sambutannya.\n\n"
            "Menurut Yudhi, inovasi tidak harus mahal. Banyak inovasi yang berhasil justru "
            "berangkat dari perbaikan prosedur sederhana, seperti memangkas persyaratan yang tidak "
            "perlu atau menggabungkan beberapa layanan dalam satu loket.\n\n"
            "Ia juga mengingatkan pentingnya keberlanjutan. Inovasi yang baik, katanya, harus "
            "dilembagakan melalui regulasi dan anggaran agar tidak berhenti ketika pejabat yang "
            "menggagasnya berganti.\n\n"
            "Nia Kurniasih, perwakilan sebuah pemerintah kabupaten yang hadir dalam peringatan "
            "tersebut, mengaku mendapat banyak inspirasi. “Kami belajar banyak dari daerah lain. "
            "Ada beberapa ide yang bisa langsung kami terapkan sepulang dari sini,” kata Nia.\n\n"
            "Rangkaian peringatan juga diisi dengan pameran inovasi dan diskusi bersama akademisi "
            "tentang masa depan tata kelola pemerintahan daerah."
        ),
    },
    {
        "slug": "stok-beras-pemerintah-dipastikan-aman-jelang-musim-kemarau",
        "status": "published",
        "headline": "Stok Beras Pemerintah Dipastikan Aman Jelang Musim Kemarau",
        "dek": "Beras siap disalurkan ke pasar tradisional jika harga mulai naik.",
        "section": "nasional",
        "source": "kantor-berita-nusantara",
        "authors": ["rizal-hakim"],
        "tags": ["Pangan", "Pertanian", "Inflasi"],
        "city": "Jakarta",
        "days_ago": 13,
        "published_on": None,
        "time": "10:20",
        "image_alt": "Ilustrasi: tumpukan karung beras di dalam gudang penyimpanan",
        "image_caption": "Karung-karung beras tersusun di gudang penyimpanan cadangan pangan.",
        "image_credit": "Kantor Berita Nusantara",
        "related": [],
        "body": (
            "Pemerintah memastikan cadangan beras dalam kondisi aman menjelang musim kemarau. Stok "
            "yang tersimpan di gudang-gudang di berbagai provinsi dinilai cukup untuk menjaga "
            "pasokan dan menstabilkan harga dalam beberapa bulan ke depan.\n\n"
            "“Kami sudah memetakan daerah yang berpotensi mengalami penurunan produksi karena "
            "kemarau. Penyaluran akan kami prioritaskan ke wilayah tersebut,” ujar Gunawan "
            "Saputra, pejabat yang membidangi ketahanan pangan.\n\n"
            "Jika harga di tingkat konsumen mulai naik, pemerintah siap menggelar operasi pasar "
            "dan menyalurkan beras ke pasar tradisional serta toko pengecer. Penyaluran dilakukan "
            "bersama pemerintah daerah agar tepat sasaran.\n\n"
            "Pemerintah daerah diminta memperbarui data harga harian di pasar-pasar utama. Data "
            "itu menjadi dasar untuk menentukan kapan dan di mana operasi pasar perlu digelar, "
            "sehingga beras dikirim ke tempat yang paling membutuhkan.\n\n"
            "Di sisi hulu, petani didorong memanfaatkan sisa musim hujan untuk mempercepat tanam. "
            "Penyuluh pertanian juga diminta membantu petani memilih varietas yang lebih tahan "
            "kekeringan.\n\n"
            "Gunawan meminta masyarakat tidak membeli beras secara berlebihan. “Pasokan cukup. "
            "Belanja sesuai kebutuhan justru membantu harga tetap stabil,” katanya."
        ),
    },
    {
        "slug": "kemenkeu-belanja-apbn-terus-dipercepat-untuk-jaga-daya-beli",
        "status": "published",
        "headline": "Kemenkeu: Belanja APBN Terus Dipercepat untuk Jaga Daya Beli",
        "dek": "Belanja diarahkan pada perlindungan sosial, infrastruktur, dan layanan dasar.",
        "section": "ekonomi",
        "source": "biro-humas-kemenkeu",
        "authors": ["rizal-hakim"],
        "tags": ["APBN", "Pajak", "Infrastruktur"],
        "city": "Jakarta",
        "days_ago": 2,
        "published_on": None,
        "time": "16:40",
        "image_alt": "Ilustrasi: grafik batang dan tumpukan dokumen anggaran di meja kerja",
        "image_caption": "Paparan kinerja anggaran negara dalam konferensi pers di Jakarta.",
        "image_credit": "Dok. Biro Humas Kemenkeu",
        "related": [],
        "body": (
            "Kementerian Keuangan terus mempercepat realisasi belanja Anggaran Pendapatan dan "
            "Belanja Negara (APBN) untuk menjaga daya beli masyarakat. Percepatan difokuskan pada "
            "program perlindungan sosial, pembangunan infrastruktur, serta layanan pendidikan dan "
            "kesehatan.\n\n"
            "“APBN bekerja sebagai peredam guncangan. Ketika ekonomi global tidak menentu, belanja "
            "pemerintah harus hadir tepat waktu,” ujar Yudistira Pramana, pejabat Kementerian "
            "Keuangan, dalam keterangan pers di Jakarta.\n\n"
            "Ia menjelaskan, kementerian dan lembaga diminta tidak menumpuk pencairan anggaran di "
            "akhir tahun. Pengadaan barang dan jasa yang sudah siap diharapkan segera dilelang "
            "agar manfaatnya cepat dirasakan masyarakat. Kementerian dan lembaga yang penyerapan "
            "anggarannya rendah akan diminta menjelaskan kendalanya dalam rapat evaluasi "
            "berkala.\n\n"
            "Di sisi pendapatan, penerimaan pajak masih tumbuh seiring aktivitas ekonomi yang "
            "terjaga. Pemerintah juga terus memperluas basis pajak melalui pemanfaatan data dan "
            "digitalisasi layanan. Layanan perpajakan yang makin mudah diharapkan mendorong "
            "kepatuhan sukarela.\n\n"
            "“Kami akan menjaga APBN tetap sehat dan kredibel, sehingga ruang fiskal tersedia saat "
            "dibutuhkan,” kata Yudistira.\n\n"
            "Kementerian Keuangan akan terus memantau pelaksanaan anggaran setiap bulan dan "
            "menyampaikan perkembangannya kepada publik secara berkala."
        ),
    },
    {
        "slug": "pemda-diminta-gencarkan-operasi-pasar-untuk-kendalikan-inflasi",
        "status": "published",
        "headline": "Pemda Diminta Gencarkan Operasi Pasar untuk Kendalikan Inflasi",
        "dek": "Rapat koordinasi inflasi menyoroti harga cabai, bawang merah, dan beras.",
        "section": "ekonomi",
        "source": "puspen-kemendagri",
        "authors": ["redaksi", "rizal-hakim"],
        "tags": ["Inflasi", "Pangan", "Kemendagri", "Pemerintah Daerah"],
        "city": "Jakarta",
        "days_ago": 4,
        "published_on": None,
        "time": "10:50",
        "image_alt": "Ilustrasi: pedagang menimbang cabai merah di lapak pasar tradisional",
        "image_caption": "Pedagang melayani pembeli di pasar tradisional saat operasi pasar.",
        "image_credit": "Dok. Puspen Kemendagri",
        "related": [
            "stok-beras-pemerintah-dipastikan-aman-jelang-musim-kemarau",
            "panen-raya-jagung-di-gorontalo-petani-berharap-harga-stabil",
        ],
        "body": (
            "Kemendagri meminta pemerintah daerah menggencarkan operasi pasar dan gerakan pangan "
            "murah untuk menahan laju inflasi. Permintaan itu disampaikan dalam rapat koordinasi "
            "pengendalian inflasi daerah yang diikuti kepala daerah dan pimpinan perangkat daerah "
            "dari seluruh Indonesia.\n\n"
            "“Pantau harga setiap hari, jangan menunggu laporan bulanan. Begitu ada kenaikan, "
            "langsung turun ke pasar,” ujar Tri Haryanto, pejabat Kemendagri yang memimpin "
            "rapat.\n\n"
            "Dalam rapat tersebut, sejumlah komoditas mendapat sorotan, antara lain cabai, bawang "
            "merah, dan beras. Daerah dengan kenaikan harga tertinggi diminta memaparkan "
            "penyebabnya sekaligus langkah yang telah diambil.\n\n"
            "Tri mendorong kerja sama antardaerah untuk menjaga pasokan. Daerah yang mengalami "
            "surplus dapat memasok daerah yang kekurangan, dengan dukungan biaya angkut dari "
            "anggaran daerah sesuai ketentuan.\n\n"
            "Ia juga meminta pemerintah daerah menjaga kelancaran distribusi, antara lain dengan "
            "memastikan jalan menuju sentra produksi dalam kondisi baik dan tidak ada pungutan "
            "liar yang membebani biaya angkut.\n\n"
            "Pemerintah daerah juga diminta menggiatkan gerakan menanam cabai dan sayuran di "
            "pekarangan rumah. “Langkah kecil di tingkat rumah tangga ikut membantu meredam "
            "kenaikan harga,” kata Tri."
        ),
    },
    {
        "slug": "penyaluran-transfer-ke-daerah-dipercepat",
        "status": "published",
        "headline": "Penyaluran Transfer ke Daerah Dipercepat, Pemda Diminta Segera Membelanjakan",
        "dek": "Dana yang diterima daerah diharapkan tidak mengendap di kas daerah.",
        "section": "ekonomi",
        "source": "biro-humas-kemenkeu",
        "authors": ["rizal-hakim"],
        "tags": ["APBN", "Dana Desa", "Pemerintah Daerah", "APBD"],
        "city": "Jakarta",
        "days_ago": 20,
        "published_on": None,
        "time": "14:05",
        "image_alt": "Ilustrasi: pekerja membangun jalan desa dengan alat berat kecil",
        "image_caption": "Pembangunan jalan desa yang dibiayai dana transfer pemerintah pusat.",
        "image_credit": "Dok. Biro Humas Kemenkeu",
        "related": [],
        "body": (
            "Kementerian Keuangan mempercepat penyaluran transfer ke daerah, termasuk dana desa, "
            "agar program pembangunan di daerah dapat segera berjalan. Pemerintah daerah diminta "
            "segera membelanjakan dana yang telah diterima sesuai peruntukannya.\n\n"
            "“Kami salurkan lebih awal, tetapi kami juga berharap dana itu tidak mengendap di "
            "rekening kas daerah. Uang negara baru bermanfaat kalau dibelanjakan untuk rakyat,” "
            "ujar Kurniawan Adi, pejabat Kementerian Keuangan yang membidangi dana transfer.\n\n"
            "Penyaluran dilakukan secara bertahap dengan memperhatikan kinerja penyerapan dan "
            "kelengkapan laporan. Daerah yang tertib melaporkan penggunaan dana pada tahap "
            "sebelumnya akan lebih cepat menerima penyaluran berikutnya. Pemerintah pusat juga "
            "menyediakan aplikasi pelaporan agar proses administrasi lebih cepat.\n\n"
            "Untuk dana desa, pemerintah mendorong penggunaan pada kegiatan padat karya, ketahanan "
            "pangan, dan penanganan stunting. Skema padat karya dinilai efektif membuka lapangan "
            "kerja sementara bagi warga desa.\n\n"
            "Kurniawan juga mengingatkan pentingnya transparansi. Pemerintah desa diminta memasang "
            "papan informasi penggunaan anggaran agar warga dapat ikut mengawasi.\n\n"
            "“Dana desa itu milik warga desa. Semakin banyak yang ikut mengawasi, semakin kecil "
            "peluang penyimpangan,” kata Kurniawan."
        ),
    },
    {
        "slug": "pelaku-umkm-di-bandung-didorong-masuk-lokapasar-digital",
        "status": "published",
        "headline": "Pelaku UMKM di Bandung Didorong Masuk Lokapasar Digital",
        "dek": "Peserta belajar foto produk, menulis deskripsi, hingga pembayaran nontunai.",
        "section": "ekonomi",
        "source": "humas-pemprov-jawa-barat",
        "authors": ["rizal-hakim"],
        "tags": ["UMKM", "Digitalisasi", "Jawa Barat"],
        "city": "Bandung",
        "days_ago": 26,
        "published_on": None,
        "time": "13:00",
        "image_alt": "Ilustrasi: perajin memotret produk kerajinan menggunakan telepon genggam",
        "image_caption": "Pelaku usaha kecil berlatih memotret produk untuk dijual secara daring.",
        "image_credit": "Dok. Humas Pemprov Jawa Barat",
        "related": [],
        "body": (
            "Pemerintah Provinsi Jawa Barat menggelar pelatihan pemasaran digital bagi ratusan "
            "pelaku usaha mikro, kecil, dan menengah (UMKM) di Bandung. Peserta berasal dari "
            "beragam sektor, mulai dari makanan olahan dan fesyen hingga kerajinan tangan.\n\n"
            "“Banyak produk UMKM kita sebenarnya berkualitas, tetapi belum dikenal karena hanya "
            "dijual di sekitar rumah. Pasar digital membuka pintu ke pembeli di seluruh "
            "Indonesia,” ujar Rina Marlina, pejabat dinas koperasi dan usaha kecil Jawa Barat.\n\n"
            "Selama pelatihan, peserta belajar memotret produk dengan telepon genggam, menulis "
            "deskripsi yang menarik, dan menentukan harga yang memperhitungkan ongkos kirim. "
            "Mereka juga dikenalkan pada pembayaran nontunai dan pencatatan keuangan sederhana.\n\n"
            "“Selama ini saya cuma berjualan di warung dan menitip di kantin sekolah. Setelah ikut "
            "pelatihan, saya berani membuka toko daring,” kata Euis Komalasari, pembuat keripik "
            "singkong asal Bandung.\n\n"
            "Pemprov Jawa Barat akan mendampingi peserta selama tiga bulan setelah pelatihan. "
            "Pendampingan meliputi konsultasi pengemasan, perizinan, dan sertifikasi halal bagi "
            "produk makanan. Peserta terbaik akan diikutkan dalam pameran produk unggulan daerah "
            "yang digelar pemerintah provinsi."
        ),
    },
    {
        "slug": "minat-investasi-di-kawasan-industri-makassar-terus-tumbuh",
        "status": "published",
        "headline": "Minat Investasi di Kawasan Industri Makassar Terus Tumbuh",
        "dek": "Perbaikan akses jalan dan pelabuhan menjadi daya tarik bagi investor baru.",
        "section": "ekonomi",
        "source": "warta-sulawesi-raya",
        "authors": ["frans-rumbiak"],
        "tags": ["Investasi", "Sulawesi Selatan", "Infrastruktur"],
        "city": "Makassar",
        "days_ago": 45,
        "published_on": None,
        "time": "11:15",
        "image_alt": "Ilustrasi: deretan gudang dan truk kontainer di kawasan industri",
        "image_caption": "Aktivitas bongkar muat di kawasan industri dekat pelabuhan.",
        "image_credit": "Warta Sulawesi Raya",
        "related": [],
        "body": (
            "Minat investasi di kawasan industri Makassar, Sulawesi Selatan, terus tumbuh. "
            "Sejumlah perusahaan pengolahan hasil laut, pakan ternak, dan logistik dilaporkan "
            "tengah menyiapkan pembangunan fasilitas baru di kawasan tersebut.\n\n"
            "“Investor melihat Makassar sebagai pintu gerbang kawasan timur Indonesia. Akses ke "
            "pelabuhan dan bandara menjadi nilai tambah yang tidak dimiliki banyak daerah lain,” "
            "ujar Syamsuddin Rauf, pejabat dinas penanaman modal setempat.\n\n"
            "Perbaikan jalan akses dan penambahan kapasitas pelabuhan dalam beberapa tahun "
            "terakhir membuat biaya logistik lebih efisien. Pemerintah daerah juga memangkas waktu "
            "pengurusan izin melalui layanan terpadu satu pintu. Di sisi lain, pemerintah daerah "
            "terus memperbaiki pasokan listrik dan air bersih di kawasan industri, dua hal yang "
            "kerap ditanyakan calon investor.\n\n"
            "Pelaku usaha berharap kemudahan itu diiringi ketersediaan tenaga kerja terampil. "
            "“Kami butuh operator dan teknisi. Kalau sekolah vokasi bisa menyesuaikan kurikulum, "
            "perusahaan akan lebih mudah merekrut warga lokal,” kata Hendrik Tandiarrang, "
            "pengusaha logistik.\n\n"
            "Pemerintah provinsi menyatakan akan memperkuat kerja sama dengan sekolah kejuruan dan "
            "balai latihan kerja untuk menyiapkan tenaga kerja sesuai kebutuhan industri."
        ),
    },
    {
        "slug": "panen-raya-jagung-di-gorontalo-petani-berharap-harga-stabil",
        "status": "published",
        "headline": "Panen Raya Jagung di Gorontalo, Petani Berharap Harga Tetap Stabil",
        "dek": "Petani khawatir harga jatuh jika penyerapan oleh pabrik pakan tersendat.",
        "section": "ekonomi",
        "source": "kantor-berita-nusantara",
        "authors": ["made-suardana"],
        "tags": ["Pertanian", "Pangan", "Inflasi"],
        "city": "Gorontalo",
        "days_ago": 10,
        "published_on": None,
        "time": "07:50",
        "image_alt": "Ilustrasi: petani memanggul karung jagung di tengah ladang",
        "image_caption": "Petani memanen jagung di ladang pada musim panen raya.",
        "image_credit": "Kantor Berita Nusantara",
        "related": [],
        "body": (
            "Petani jagung di Gorontalo memasuki masa panen raya. Hamparan ladang di sejumlah "
            "kecamatan mulai dipanen, sementara truk pengangkut hilir mudik membawa hasil panen ke "
            "gudang pengering.\n\n"
            "“Hasil tahun ini bagus karena hujan cukup. Harapan kami cuma satu, harga jangan "
            "sampai anjlok,” ujar Rusli Hasan, petani yang menggarap dua hektare ladang.\n\n"
            "Di sepanjang jalan desa, jagung pipilan dijemur di atas terpal. Sebagian petani "
            "memilih menjual langsung ke pengepul, sementara yang lain menunggu giliran memakai "
            "mesin pengering milik kelompok tani.\n\n"
            "Kekhawatiran petani cukup beralasan. Saat panen serentak, pasokan melimpah dan harga "
            "di tingkat petani cenderung turun jika penyerapan oleh pabrik pakan ternak tidak "
            "berjalan lancar.\n\n"
            "“Kami sudah berkoordinasi dengan pabrik pakan dan pedagang besar agar penyerapan "
            "berjalan. Kami juga menambah mesin pengering supaya jagung bisa disimpan lebih lama,” "
            "kata Nurhayati Mohamad, pejabat dinas pertanian setempat.\n\n"
            "Jagung yang dikeringkan dengan baik dapat disimpan hingga beberapa bulan. Dengan "
            "begitu, petani tidak harus menjual seluruh hasil panen ketika harga sedang rendah dan "
            "bisa menunggu saat harga membaik."
        ),
    },
    {
        "slug": "inspektorat-daerah-diminta-perkuat-pencegahan-korupsi-sejak-perencanaan",
        "status": "published",
        "headline": "Inspektorat Daerah Diminta Perkuat Pencegahan Korupsi sejak Perencanaan",
        "dek": "Pengawasan internal dinilai lebih efektif bila dimulai sejak penyusunan anggaran.",
        "section": "hukum",
        "source": "puspen-kemendagri",
        "authors": ["redaksi", "siti-rahmawati"],
        "tags": ["Korupsi", "Kemendagri", "Pemerintah Daerah", "Dana Desa"],
        "city": "Jakarta",
        "days_ago": 6,
        "published_on": None,
        "time": "09:15",
        "image_alt": "Ilustrasi: auditor memeriksa lembar laporan keuangan dengan kaca pembesar",
        "image_caption": "Aparat pengawas internal memeriksa dokumen pertanggungjawaban keuangan.",
        "image_credit": "Dok. Puspen Kemendagri",
        "related": [],
        "body": (
            "Kemendagri meminta inspektorat di provinsi dan kabupaten/kota memperkuat peran "
            "pencegahan korupsi sejak tahap perencanaan dan penganggaran. Pengawasan yang "
            "dilakukan sejak awal dinilai lebih efektif dibandingkan menunggu temuan setelah "
            "anggaran dibelanjakan.\n\n"
            "“Inspektorat jangan hanya dikenal sebagai pemeriksa. Inspektorat juga harus menjadi "
            "konsultan yang mengingatkan perangkat daerah sebelum terjadi kesalahan,” ujar "
            "Agustinus Rahardjo, pejabat pengawasan di lingkungan Kemendagri.\n\n"
            "Ia menyebut beberapa area yang rawan, antara lain pengadaan barang dan jasa, "
            "perizinan, pengelolaan hibah dan bantuan sosial, serta pengelolaan dana desa. Pada "
            "area tersebut, inspektorat diminta melakukan reviu secara berkala.\n\n"
            "Agustinus juga mendorong pemerintah daerah memanfaatkan sistem elektronik dalam "
            "pengadaan dan perencanaan. Menurutnya, transaksi yang tercatat secara digital lebih "
            "mudah ditelusuri dan mengurangi pertemuan tatap muka yang membuka peluang "
            "penyimpangan.\n\n"
            "“Kalau sistemnya transparan, ruang untuk bermain-main menjadi sempit,” katanya.\n\n"
            "Selain itu, inspektorat diminta membuka kanal pengaduan yang mudah diakses pegawai "
            "maupun masyarakat. Laporan dari dalam organisasi sering kali menjadi pintu masuk "
            "untuk mencegah penyimpangan sebelum kerugian membesar.\n\n"
            "Kemendagri juga akan meningkatkan kapasitas auditor inspektorat melalui pelatihan dan "
            "sertifikasi."
        ),
    },
    {
        "slug": "pos-bantuan-hukum-gratis-hadir-di-kelurahan-surabaya",
        "status": "published",
        "headline": "Pos Bantuan Hukum Gratis Hadir di Kelurahan-Kelurahan Surabaya",
        "dek": "Warga tidak mampu bisa berkonsultasi soal tanah, utang, hingga masalah keluarga.",
        "section": "hukum",
        "source": "tim-redaksi",
        "authors": ["siti-rahmawati"],
        "tags": ["Bantuan Hukum", "Pelayanan Publik"],
        "city": "Surabaya",
        "days_ago": 22,
        "published_on": None,
        "time": "10:30",
        "image_alt": "Ilustrasi: warga berkonsultasi dengan advokat di kantor kelurahan",
        "image_caption": "Warga berkonsultasi dengan advokat di pos bantuan hukum kelurahan.",
        "image_credit": "Kabar Nusantara/Siti Rahmawati",
        "related": [],
        "body": (
            "Warga Surabaya kini dapat memperoleh konsultasi hukum secara gratis di kantor "
            "kelurahan. Layanan pos bantuan hukum ini melibatkan advokat dan lembaga bantuan hukum "
            "yang bekerja sama dengan pemerintah kota.\n\n"
            "“Banyak warga yang bingung ketika menghadapi persoalan hukum, lalu takut datang ke "
            "kantor pengacara karena soal biaya. Sekarang mereka cukup datang ke kelurahan,” ujar "
            "Dwi Ratnasari, pejabat bagian hukum pemerintah kota.\n\n"
            "Persoalan yang paling banyak dikonsultasikan meliputi sengketa tanah dan warisan, "
            "utang piutang, ketenagakerjaan, serta masalah perkawinan. Untuk perkara yang perlu "
            "dibawa ke pengadilan, warga tidak mampu dapat didampingi secara cuma-cuma sesuai "
            "ketentuan. Pada bulan pertama, pos bantuan hukum telah menerima ratusan "
            "konsultasi.\n\n"
            "“Sering kali masalahnya bisa selesai lewat mediasi. Tugas kami menjelaskan hak dan "
            "kewajiban warga supaya mereka tidak salah langkah,” kata Bagus Prihantoro, advokat "
            "yang bertugas di salah satu pos.\n\n"
            "Layanan dibuka pada hari kerja dengan jadwal bergilir di setiap kelurahan. Warga "
            "disarankan membawa dokumen pendukung, seperti sertifikat, surat perjanjian, atau "
            "bukti pembayaran, agar konsultasi lebih efektif. Jadwal layanan juga diumumkan "
            "melalui media sosial kelurahan."
        ),
    },
    {
        "slug": "dprd-sulawesi-selatan-sahkan-perda-perlindungan-masyarakat-hukum-adat",
        "status": "published",
        "headline": "DPRD Sulawesi Selatan Sahkan Perda Perlindungan Masyarakat Hukum Adat",
        "dek": "Perda mengatur pengakuan komunitas adat dan peran lembaga adat dalam sengketa.",
        "section": "hukum",
        "source": "warta-sulawesi-raya",
        "authors": ["frans-rumbiak"],
        "tags": ["Masyarakat Adat", "DPRD", "Sulawesi Selatan", "Produk Hukum Daerah"],
        "city": "Makassar",
        "days_ago": 51,
        "published_on": None,
        "time": "15:50",
        "image_alt": "Ilustrasi: tetua adat berpakaian tradisional menghadiri sidang paripurna",
        "image_caption": "Tokoh adat menghadiri rapat paripurna pengesahan peraturan daerah.",
        "image_credit": "Warta Sulawesi Raya",
        "related": [],
        "body": (
            "DPRD Provinsi Sulawesi Selatan mengesahkan peraturan daerah tentang pengakuan dan "
            "perlindungan masyarakat hukum adat dalam rapat paripurna di Makassar. Perda ini "
            "menjadi payung hukum bagi kabupaten dan kota untuk menetapkan komunitas adat di "
            "wilayahnya.\n\n"
            "“Perda ini lahir dari dialog panjang dengan tokoh adat, akademisi, dan pemerintah "
            "kabupaten. Kami ingin hak-hak masyarakat adat diakui tanpa mengabaikan kepastian "
            "hukum bagi pihak lain,” ujar Andi Muhammad Ridwan, ketua panitia khusus yang membahas "
            "rancangan perda tersebut.\n\n"
            "Perda mengatur tahapan identifikasi, verifikasi, dan penetapan masyarakat hukum adat. "
            "Selain itu, perda juga mengakui peran lembaga adat dalam menyelesaikan sengketa "
            "tertentu melalui musyawarah sebelum dibawa ke jalur hukum formal. Penetapan dilakukan "
            "oleh bupati atau wali kota setelah melalui kajian panitia yang melibatkan unsur "
            "pemerintah dan masyarakat.\n\n"
            "“Kami sudah lama menunggu. Dengan perda ini, anak cucu kami punya pegangan untuk "
            "menjaga hutan dan tanah leluhur,” kata Baso Lempe, tokoh adat yang hadir menyaksikan "
            "rapat paripurna.\n\n"
            "Pemerintah provinsi akan menyosialisasikan perda tersebut ke kabupaten dan kota, "
            "sekaligus menyusun peraturan gubernur sebagai aturan pelaksananya."
        ),
    },
    {
        "slug": "kemendagri-fasilitasi-ranperda-agar-selaras-dengan-aturan-lebih-tinggi",
        "status": "published",
        "headline": "Kemendagri Fasilitasi Ranperda agar Selaras dengan Aturan Lebih Tinggi",
        "dek": "Fasilitasi mencegah lahirnya perda bermasalah yang merugikan warga dan pengusaha.",
        "section": "hukum",
        "source": "puspen-kemendagri",
        "authors": ["redaksi"],
        "tags": ["Produk Hukum Daerah", "Kemendagri", "Otonomi Daerah", "DPRD"],
        "city": "Jakarta",
        "days_ago": 8,
        "published_on": None,
        "time": "13:45",
        "image_alt": "Ilustrasi: tumpukan map rancangan peraturan di meja rapat",
        "image_caption": "Tim fasilitasi membahas rancangan perda bersama pemerintah provinsi.",
        "image_credit": "Dok. Puspen Kemendagri",
        "related": [
            "bpsdm-kemendagri-dorong-peran-sekretaris-perangkat-daerah",
            "kemendagri-evaluasi-kinerja-penyelenggaraan-pemerintahan-daerah",
        ],
        "body": (
            "Kemendagri terus memfasilitasi pemerintah daerah dalam menyusun rancangan peraturan "
            "daerah (perda). Fasilitasi bertujuan memastikan produk hukum daerah selaras dengan "
            "peraturan perundang-undangan yang lebih tinggi dan tidak bertentangan dengan "
            "kepentingan umum.\n\n"
            "“Lebih baik kita diskusikan sejak rancangan. Kalau sudah diundangkan lalu bermasalah, "
            "yang dirugikan bukan hanya pemerintah daerah, tetapi juga masyarakat,” ujar Heru "
            "Santosa, pejabat Kemendagri yang membidangi produk hukum daerah.\n\n"
            "Menurut Heru, sejumlah persoalan yang kerap ditemukan antara lain pungutan yang tidak "
            "memiliki dasar hukum, perizinan yang tumpang-tindih, serta pengaturan yang melampaui "
            "kewenangan daerah.\n\n"
            "Ia meminta bagian hukum di pemerintah daerah dan DPRD melibatkan perancang peraturan "
            "sejak awal. Naskah akademik juga perlu disusun secara serius agar setiap pasal "
            "memiliki alasan yang jelas.\n\n"
            "Heru menambahkan, keterlibatan publik dalam penyusunan perda juga penting. Dunia "
            "usaha, akademisi, dan kelompok masyarakat yang terdampak sebaiknya diundang memberi "
            "masukan sebelum rancangan dibahas bersama DPRD.\n\n"
            "“Perda yang baik itu sederhana, bisa dilaksanakan, dan memberi kepastian,” kata "
            "Heru.\n\n"
            "Kemendagri juga menyediakan layanan konsultasi daring bagi daerah yang membutuhkan "
            "pendampingan dalam penyusunan produk hukum."
        ),
    },
    {
        "slug": "polisi-ungkap-penipuan-daring-berkedok-lowongan-kerja-di-medan",
        "status": "published",
        "headline": "Polisi Ungkap Penipuan Daring Berkedok Lowongan Kerja di Medan",
        "dek": "Korban diminta membayar biaya pelatihan dan seragam sebelum dijanjikan bekerja.",
        "section": "hukum",
        "source": "kantor-berita-nusantara",
        "authors": ["siti-rahmawati"],
        "tags": ["Keamanan Siber", "Literasi Digital"],
        "city": "Medan",
        "days_ago": 16,
        "published_on": None,
        "time": "19:10",
        "image_alt": "Ilustrasi: layar ponsel menampilkan pesan lowongan kerja mencurigakan",
        "image_caption": "Contoh pesan lowongan kerja palsu di aplikasi percakapan.",
        "image_credit": "Kantor Berita Nusantara",
        "related": [],
        "body": (
            "Kepolisian di Medan, Sumatera Utara, mengungkap praktik penipuan daring berkedok "
            "lowongan kerja. Para pelaku menyebarkan tawaran pekerjaan melalui media sosial dan "
            "aplikasi percakapan, lalu meminta korban mentransfer sejumlah uang.\n\n"
            "“Modusnya, korban dijanjikan bekerja di perusahaan besar dengan gaji tinggi. Sebelum "
            "berangkat, korban diminta membayar biaya pelatihan, seragam, dan tiket,” ujar AKP "
            "Benny Tarigan, perwira yang menangani perkara tersebut.\n\n"
            "Polisi menyita sejumlah telepon genggam, kartu perdana, dan buku rekening yang diduga "
            "digunakan untuk menampung uang korban. Penyidik masih menelusuri kemungkinan adanya "
            "korban lain di luar Sumatera Utara. Para pelaku diketahui berpindah-pindah tempat "
            "tinggal dan menggunakan identitas palsu untuk membuka rekening.\n\n"
            "Benny mengimbau masyarakat memeriksa kebenaran lowongan kerja melalui laman resmi "
            "perusahaan atau dinas ketenagakerjaan. Perusahaan yang kredibel, katanya, tidak "
            "memungut biaya dari pelamar. Ia juga meminta masyarakat tidak mudah tergiur tawaran "
            "gaji besar dengan syarat yang serba mudah.\n\n"
            "“Kalau ada yang meminta transfer sebelum Anda mulai bekerja, patut dicurigai,” kata "
            "Benny.\n\n"
            "Warga yang merasa menjadi korban diminta melapor ke kantor polisi terdekat dengan "
            "membawa bukti percakapan dan bukti transfer."
        ),
    },
    {
        "slug": "turnamen-sepak-bola-usia-dini-di-jayapura-jaring-bakat-muda-papua",
        "status": "published",
        "headline": "Turnamen Sepak Bola Usia Dini di Jayapura Jaring Bakat Muda Papua",
        "dek": "Puluhan sekolah sepak bola dari berbagai kabupaten ikut turnamen sepekan.",
        "section": "olahraga",
        "source": "kantor-berita-nusantara",
        "authors": ["made-suardana", "frans-rumbiak"],
        "tags": ["Sepak Bola", "Papua", "Pemuda"],
        "city": "Jayapura",
        "days_ago": 11,
        "published_on": None,
        "time": "16:30",
        "image_alt": "Ilustrasi: anak-anak berseragam sepak bola berebut bola di lapangan rumput",
        "image_caption": "Pemain usia dini bertanding dalam turnamen sepak bola di Jayapura.",
        "image_credit": "Kantor Berita Nusantara",
        "related": [],
        "body": (
            "Turnamen sepak bola usia dini di Jayapura menjadi ajang bagi puluhan sekolah sepak "
            "bola (SSB) dari berbagai kabupaten di Papua untuk unjuk kemampuan. Pertandingan "
            "berlangsung selama sepekan untuk kelompok usia 10, 12, dan 14 tahun.\n\n"
            "“Papua selalu melahirkan pemain berbakat. Tugas kita menyediakan kompetisi yang rutin "
            "supaya bakat itu terasah sejak kecil,” ujar Marthen Ireeuw, ketua panitia "
            "turnamen.\n\n"
            "Pertandingan berlangsung meriah. Orang tua dan warga sekitar memadati pinggir "
            "lapangan sejak sore, membawa bekal dan spanduk dukungan untuk tim dari kampung "
            "mereka.\n\n"
            "Selain pertandingan, panitia menggelar klinik kepelatihan bagi pelatih SSB. Materi "
            "meliputi latihan teknik dasar, pencegahan cedera, dan gizi bagi atlet muda.\n\n"
            "Sejumlah pemandu bakat dari klub dan akademi sepak bola tampak memantau jalannya "
            "pertandingan. “Anak-anak senang sekali. Bagi mereka, bertanding di lapangan bagus dan "
            "ditonton banyak orang adalah pengalaman berharga,” kata Daniel Wompere, pelatih salah "
            "satu SSB peserta.\n\n"
            "Panitia berencana menggelar turnamen serupa setiap tahun dan memperluas peserta "
            "hingga kelompok usia 16 tahun. Kerja sama dengan sekolah juga akan diperkuat agar "
            "para pemain tetap memperhatikan pendidikannya."
        ),
    },
    {
        "slug": "atlet-bulu-tangkis-muda-jawa-barat-jalani-pemusatan-latihan",
        "status": "published",
        "headline": "Atlet Bulu Tangkis Muda Jawa Barat Jalani Pemusatan Latihan Jelang Kejurnas",
        "dek": "Sebanyak 24 atlet remaja digembleng fisik dan teknik selama enam pekan.",
        "section": "olahraga",
        "source": "humas-pemprov-jawa-barat",
        "authors": ["made-suardana"],
        "tags": ["Bulu Tangkis", "Jawa Barat", "Pemuda"],
        "city": "Bandung",
        "days_ago": 19,
        "published_on": None,
        "time": "08:30",
        "image_alt": "Ilustrasi: pemain bulu tangkis melompat melakukan smes di gedung olahraga",
        "image_caption": "Atlet muda berlatih smes di gedung olahraga di Bandung.",
        "image_credit": "Dok. Humas Pemprov Jawa Barat",
        "related": [],
        "body": (
            "Sebanyak 24 atlet bulu tangkis muda Jawa Barat menjalani pemusatan latihan di Bandung "
            "sebagai persiapan menghadapi kejuaraan nasional kelompok remaja. Pemusatan latihan "
            "berlangsung selama enam pekan dengan porsi latihan dua kali sehari.\n\n"
            "“Pagi kami fokus pada fisik dan kelincahan, sore untuk teknik dan pola permainan. "
            "Anak-anak harus siap bermain tiga gim dengan intensitas tinggi,” ujar Yusuf Permana, "
            "pelatih kepala.\n\n"
            "Selain latihan di lapangan, atlet mendapat pendampingan psikolog olahraga dan ahli "
            "gizi. Menurut Yusuf, mental bertanding sering menjadi pembeda ketika kemampuan teknis "
            "para pemain relatif setara.\n\n"
            "Setiap akhir pekan, pelatih menggelar pertandingan internal untuk mengukur "
            "perkembangan atlet. Hasilnya dicatat dan dibahas bersama sehingga setiap pemain tahu "
            "aspek yang masih perlu diperbaiki.\n\n"
            "“Latihannya berat, tetapi saya ingin membawa medali untuk Jawa Barat,” kata Salsabila "
            "Rahmani, pemain tunggal putri berusia 15 tahun. Ia mengaku latihan lari pagi menjadi "
            "bagian yang paling menguras tenaga.\n\n"
            "Pemerintah Provinsi Jawa Barat mendukung pemusatan latihan ini melalui penyediaan "
            "fasilitas, akomodasi, dan uang saku atlet. Pembinaan berjenjang diharapkan terus "
            "melahirkan pemain yang kelak memperkuat tim nasional."
        ),
    },
    {
        "slug": "ribuan-pelari-ramaikan-lomba-lari-pesisir-makassar",
        "status": "published",
        "headline": "Ribuan Pelari Ramaikan Lomba Lari Pesisir Makassar",
        "dek": "Rute menyusuri pantai menarik pelari dari dalam dan luar Sulawesi Selatan.",
        "section": "olahraga",
        "source": "warta-sulawesi-raya",
        "authors": ["made-suardana"],
        "tags": ["Atletik", "Pariwisata", "Sulawesi Selatan"],
        "city": "Makassar",
        "days_ago": 28,
        "published_on": None,
        "time": "06:45",
        "image_alt": "Ilustrasi: rombongan pelari di jalan tepi pantai saat matahari terbit",
        "image_caption": "Peserta lomba lari melintasi jalan di tepi pantai pada pagi hari.",
        "image_credit": "Warta Sulawesi Raya",
        "related": [],
        "body": (
            "Ribuan pelari memadati kawasan pesisir Makassar dalam lomba lari yang "
            "mempertandingkan kategori 5 kilometer, 10 kilometer, dan setengah maraton. Peserta "
            "datang dari berbagai daerah di Sulawesi Selatan, provinsi lain, bahkan beberapa dari "
            "luar negeri.\n\n"
            "Lomba dimulai saat matahari terbit dengan rute menyusuri jalan tepi pantai. Panitia "
            "menyiapkan pos minum setiap dua kilometer serta tim medis di sepanjang lintasan.\n\n"
            "Sejumlah ruas jalan ditutup sementara selama lomba berlangsung. Petugas gabungan dari "
            "kepolisian dan dinas perhubungan mengatur lalu lintas dan mengarahkan kendaraan ke "
            "jalur alternatif.\n\n"
            "“Kami ingin mengenalkan Makassar lewat olahraga. Pelari datang untuk berlomba, lalu "
            "tinggal beberapa hari untuk menikmati kuliner dan wisata kota,” ujar Irfan "
            "Pasinringi, ketua panitia.\n\n"
            "Hotel dan rumah makan di sekitar lokasi lomba ramai dikunjungi sejak sehari "
            "sebelumnya. Pelaku usaha kecil juga membuka stan makanan dan suvenir di area garis "
            "finis. Sebagian pedagang mengaku dagangannya habis sebelum tengah hari.\n\n"
            "“Rutenya datar dan pemandangannya indah. Tahun depan saya mau ikut lagi,” kata Ayu "
            "Lestari, pelari asal Kendari yang menyelesaikan kategori 10 kilometer."
        ),
    },
    {
        "slug": "pekan-olahraga-pelajar-dibuka-di-surabaya",
        "status": "published",
        "headline": "Pekan Olahraga Pelajar Dibuka di Surabaya, Atletik Jadi Cabang Favorit",
        "dek": "Ajang tahunan ini mempertemukan ribuan pelajar sekolah menengah di Jawa Timur.",
        "section": "olahraga",
        "source": "tim-redaksi",
        "authors": ["made-suardana"],
        "tags": ["Pendidikan", "Pemuda", "Atletik"],
        "city": "Surabaya",
        "days_ago": 57,
        "published_on": None,
        "time": "09:40",
        "image_alt": "Ilustrasi: pelajar berlari di lintasan atletik stadion",
        "image_caption": "Pelajar beradu cepat di nomor lari jarak pendek pada hari pertama.",
        "image_credit": "Kabar Nusantara/Made Suardana",
        "related": [],
        "body": (
            "Pekan olahraga pelajar tingkat provinsi resmi dibuka di Surabaya, Jawa Timur. Ribuan "
            "pelajar dari sekolah menengah pertama dan atas akan bertanding di belasan cabang "
            "olahraga selama sepekan.\n\n"
            "Upacara pembukaan diwarnai defile kontingen dari setiap kabupaten dan kota. Para "
            "pelajar berbaris mengenakan seragam kontingen sambil membawa bendera daerah "
            "masing-masing.\n\n"
            "Atletik menjadi cabang dengan peserta terbanyak. Nomor lari jarak pendek, lompat "
            "jauh, dan tolak peluru menarik perhatian penonton yang sebagian besar merupakan teman "
            "sekolah dan orang tua atlet.\n\n"
            "“Olahraga melatih disiplin, sportivitas, dan kerja sama. Nilai-nilai itu sama "
            "pentingnya dengan prestasi akademik,” ujar Agung Wicaksono, pejabat dinas pendidikan "
            "yang membuka kegiatan tersebut.\n\n"
            "Panitia juga melibatkan pelatih dari klub dan pengurus cabang olahraga sebagai "
            "pemandu bakat. Atlet yang menonjol akan diarahkan mengikuti pembinaan lanjutan di "
            "pusat pelatihan daerah. Panitia juga menyediakan tim medis dan fisioterapis di setiap "
            "arena pertandingan.\n\n"
            "“Saya sudah latihan tiap sore sejak tiga bulan lalu. Semoga bisa masuk final,” kata "
            "Dimas Pratama, pelari nomor 100 meter dari sebuah SMA di Sidoarjo."
        ),
    },
    {
        "slug": "kemendagri-dorong-pemda-percepat-penerapan-spbe",
        "status": "published",
        "headline": "Kemendagri Dorong Pemda Percepat Penerapan SPBE",
        "dek": "Integrasi aplikasi dinilai penting agar data antarperangkat daerah tidak berulang.",
        "section": "teknologi",
        "source": "puspen-kemendagri",
        "authors": ["redaksi", "siti-rahmawati"],
        "tags": ["SPBE", "Digitalisasi", "Kemendagri", "Pelayanan Publik", "Keamanan Siber"],
        "city": "Jakarta",
        "days_ago": 14,
        "published_on": None,
        "time": "10:05",
        "image_alt": "Ilustrasi: pegawai memantau dasbor data di layar monitor besar",
        "image_caption": "Pegawai pemda memantau dasbor layanan digital di ruang kendali.",
        "image_credit": "Dok. Puspen Kemendagri",
        "related": ["aktivasi-identitas-kependudukan-digital-dibuka-di-kantor-kecamatan"],
        "body": (
            "Kemendagri mendorong pemerintah daerah mempercepat penerapan Sistem Pemerintahan "
            "Berbasis Elektronik (SPBE). Salah satu fokus utamanya adalah mengintegrasikan "
            "aplikasi yang selama ini dibangun secara terpisah oleh setiap perangkat daerah.\n\n"
            "“Di satu kabupaten bisa ada puluhan aplikasi, tetapi datanya tidak saling terhubung. "
            "Warga akhirnya harus mengisi data yang sama berulang kali,” ujar Galih Prasetya, "
            "pejabat Kemendagri yang membidangi tata kelola digital pemerintahan daerah.\n\n"
            "Ia meminta pemerintah daerah menyusun arsitektur SPBE yang jelas, termasuk menentukan "
            "data apa yang dikelola bersama dan siapa penanggung jawabnya. Pengadaan aplikasi baru "
            "diharapkan melalui kajian agar tidak menambah beban pemeliharaan.\n\n"
            "Menurut Galih, sejumlah daerah sudah menunjukkan kemajuan dengan membangun pusat data "
            "bersama dan satu pintu masuk layanan bagi warga. Praktik tersebut diharapkan dapat "
            "ditiru oleh daerah lain.\n\n"
            "Keamanan data juga menjadi perhatian. Galih mengingatkan agar setiap sistem "
            "dilengkapi pengamanan yang memadai dan pengelolanya mendapat pelatihan secara "
            "berkala. Kebocoran data, katanya, dapat merusak kepercayaan publik yang dibangun "
            "bertahun-tahun.\n\n"
            "“Digitalisasi bukan soal membuat aplikasi sebanyak-banyaknya, tetapi membuat layanan "
            "lebih cepat dan mudah bagi masyarakat,” kata Galih."
        ),
    },
    {
        "slug": "aktivasi-identitas-kependudukan-digital-dibuka-di-kantor-kecamatan",
        "status": "published",
        "headline": "Aktivasi Identitas Kependudukan Digital Dibuka di Kantor Kecamatan",
        "dek": "Cukup bawa ponsel dan KTP elektronik untuk mengaktifkan identitas digital.",
        "section": "teknologi",
        "source": "puspen-kemendagri",
        "authors": ["redaksi"],
        "tags": ["Kependudukan", "KTP Elektronik", "Digitalisasi"],
        "city": "Surabaya",
        "days_ago": 23,
        "published_on": None,
        "time": "11:30",
        "image_alt": "Ilustrasi: petugas membantu warga memindai kode QR di telepon pintar",
        "image_caption": "Petugas membantu warga mengaktifkan identitas kependudukan digital.",
        "image_credit": "Dok. Puspen Kemendagri",
        "related": [],
        "body": (
            "Layanan aktivasi Identitas Kependudukan Digital (IKD) kini dapat diakses di kantor "
            "kecamatan. Warga tidak perlu lagi datang ke kantor dinas kependudukan dan pencatatan "
            "sipil di pusat kota untuk mengaktifkan identitas digital mereka.\n\n"
            "Proses aktivasi tergolong singkat. Warga membawa KTP elektronik dan telepon pintar, "
            "mengunduh aplikasi resmi, lalu memindai kode QR yang ditunjukkan petugas. Verifikasi "
            "wajah dilakukan langsung di lokasi. Setelah aktif, identitas digital dapat "
            "ditampilkan kapan saja melalui aplikasi.\n\n"
            "“Dengan identitas digital, warga bisa menunjukkan data kependudukan lewat ponsel. Ke "
            "depan, berbagai layanan publik juga bisa diakses dengan lebih praktis,” ujar Rini "
            "Setyowati, petugas dinas kependudukan dan pencatatan sipil setempat.\n\n"
            "Petugas mengingatkan warga menjaga kerahasiaan PIN dan tidak membagikan tangkapan "
            "layar identitas digital kepada pihak yang tidak dikenal. Jika ponsel hilang, warga "
            "diminta segera melapor untuk menonaktifkan akun. Satu ponsel hanya dapat digunakan "
            "untuk satu akun identitas digital.\n\n"
            "“Tidak sampai sepuluh menit sudah jadi. Lumayan, dompet jadi tidak terlalu tebal,” "
            "kata Samsul Arifin, warga yang mengaktifkan identitas digitalnya di kantor kecamatan."
        ),
    },
    {
        "slug": "pemprov-jawa-barat-luncurkan-kanal-pengaduan-warga-terpadu",
        "status": "published",
        "headline": "Pemprov Jawa Barat Luncurkan Kanal Pengaduan Warga Terpadu",
        "dek": "Laporan warga dari berbagai saluran kini ditangani dalam satu sistem.",
        "section": "teknologi",
        "source": "humas-pemprov-jawa-barat",
        "authors": ["dewi-anggraini", "siti-rahmawati"],
        "tags": ["Digitalisasi", "Pelayanan Publik", "Jawa Barat"],
        "city": "Bandung",
        "days_ago": 31,
        "published_on": None,
        "time": "14:50",
        "image_alt": "Ilustrasi: tangan memegang ponsel yang menampilkan formulir pengaduan",
        "image_caption": "Warga mengisi formulir pengaduan melalui aplikasi di telepon pintar.",
        "image_credit": "Dok. Humas Pemprov Jawa Barat",
        "related": ["pemprov-jawa-barat-perluas-mal-pelayanan-publik-ke-lima-kabupaten"],
        "body": (
            "Pemerintah Provinsi Jawa Barat meluncurkan kanal pengaduan warga terpadu yang "
            "menghimpun laporan dari aplikasi, media sosial, pesan singkat, dan layanan telepon ke "
            "dalam satu sistem. Setiap laporan akan diteruskan kepada perangkat daerah yang "
            "berwenang dengan tenggat waktu penanganan yang jelas.\n\n"
            "“Dulu laporan warga tercecer di banyak saluran. Sekarang semua masuk ke satu dasbor, "
            "sehingga kami bisa melihat mana yang sudah ditangani dan mana yang belum,” ujar Budi "
            "Hermawan, pejabat dinas komunikasi dan informatika Jawa Barat.\n\n"
            "Warga dapat memantau status laporannya secara langsung, mulai dari diterima, "
            "diproses, hingga selesai. Pelapor juga bisa memberikan penilaian atas penanganan yang "
            "dilakukan. Setiap laporan mendapat nomor tiket yang dapat digunakan untuk menelusuri "
            "penanganannya.\n\n"
            "Menurut Budi, data pengaduan akan dianalisis secara berkala untuk melihat persoalan "
            "yang paling sering dikeluhkan. Hasilnya menjadi bahan perbaikan kebijakan dan "
            "perencanaan anggaran.\n\n"
            "“Pengaduan warga itu sebenarnya masukan gratis untuk memperbaiki pelayanan,” kata "
            "Budi.\n\n"
            "Identitas pelapor dijamin kerahasiaannya, terutama untuk laporan yang berkaitan "
            "dengan dugaan pelanggaran oleh aparatur. Pelapor juga dapat memilih untuk tidak "
            "mencantumkan nama."
        ),
    },
    {
        "slug": "pegawai-pemda-dilatih-kenali-serangan-phishing-dan-kebocoran-data",
        "status": "published",
        "headline": "Pegawai Pemda Dilatih Kenali Serangan Phishing dan Kebocoran Data",
        "dek": "Pelatihan menekankan kebiasaan sederhana, seperti memeriksa alamat pengirim.",
        "section": "teknologi",
        "source": "tim-redaksi",
        "authors": ["siti-rahmawati"],
        "tags": ["Keamanan Siber", "ASN", "Literasi Digital"],
        "city": "Yogyakarta",
        "days_ago": 37,
        "published_on": None,
        "time": "15:15",
        "image_alt": "Ilustrasi: ikon gembok dan amplop surel di layar laptop",
        "image_caption": "Peserta pelatihan mempraktikkan cara mengenali surel palsu.",
        "image_credit": "Kabar Nusantara/Siti Rahmawati",
        "related": [],
        "body": (
            "Ratusan pegawai pemerintah daerah di Yogyakarta mengikuti pelatihan keamanan siber "
            "yang berfokus pada pengenalan serangan phishing. Serangan jenis ini memanfaatkan "
            "surel atau pesan palsu untuk mencuri kata sandi dan data penting.\n\n"
            "“Sebagian besar insiden berawal dari satu klik yang tidak hati-hati. Teknologi "
            "secanggih apa pun tidak banyak membantu jika penggunanya lengah,” ujar Arya Nugraha, "
            "praktisi keamanan informasi yang menjadi narasumber.\n\n"
            "Peserta diajak mempraktikkan cara memeriksa alamat pengirim, mengenali tautan "
            "mencurigakan, dan membuat kata sandi yang kuat. Mereka juga diminta mengaktifkan "
            "verifikasi dua langkah pada akun kedinasan.\n\n"
            "Dalam salah satu sesi, peserta diminta memilah contoh surel yang asli dan yang palsu. "
            "Tidak sedikit peserta yang terkecoh oleh surel berlogo instansi dengan alamat "
            "pengirim yang hanya berbeda satu huruf.\n\n"
            "“Ternyata surel yang tampak resmi pun bisa palsu. Mulai sekarang saya akan lebih "
            "teliti sebelum membuka lampiran,” kata Wulan Pratiwi, pegawai di bagian keuangan.\n\n"
            "Pemerintah daerah berencana menggelar simulasi phishing secara berkala untuk mengukur "
            "kewaspadaan pegawai. Hasil simulasi akan menjadi dasar pelatihan lanjutan bagi unit "
            "kerja yang dinilai masih rentan."
        ),
    },
    {
        "slug": "wajib-pajak-diimbau-perbarui-data-melalui-layanan-daring",
        "status": "published",
        "headline": "Wajib Pajak Diimbau Perbarui Data melalui Layanan Daring",
        "dek": "Data yang mutakhir memudahkan wajib pajak menerima informasi dan layanan.",
        "section": "teknologi",
        "source": "biro-humas-kemenkeu",
        "authors": ["rizal-hakim"],
        "tags": ["Pajak", "Digitalisasi", "APBN", "Keamanan Siber"],
        "city": "Jakarta",
        "days_ago": 60,
        "published_on": None,
        "time": "09:55",
        "image_alt": "Ilustrasi: seseorang mengisi formulir daring di laptop",
        "image_caption": "Wajib pajak memperbarui data melalui layanan daring dari rumah.",
        "image_credit": "Dok. Biro Humas Kemenkeu",
        "related": [],
        "body": (
            "Kementerian Keuangan mengimbau wajib pajak memperbarui data diri, seperti alamat, "
            "nomor telepon, dan alamat surel, melalui layanan daring. Data yang mutakhir "
            "memudahkan wajib pajak menerima informasi penting dan mengakses layanan tanpa harus "
            "datang ke kantor pajak.\n\n"
            "“Banyak pemberitahuan tidak sampai karena nomor telepon atau alamat surel yang "
            "terdaftar sudah tidak aktif. Pembaruan data cukup dilakukan beberapa menit dari "
            "rumah,” ujar Maya Anggraeni, pejabat Kementerian Keuangan yang membidangi layanan "
            "wajib pajak.\n\n"
            "Ia menjelaskan, layanan daring kini mencakup pendaftaran, pelaporan surat "
            "pemberitahuan tahunan, hingga permintaan dokumen tertentu. Wajib pajak yang mengalami "
            "kendala dapat menghubungi layanan informasi melalui telepon atau kanal percakapan "
            "resmi. Panduan penggunaan layanan daring juga tersedia dalam bentuk video singkat di "
            "kanal resmi.\n\n"
            "Maya juga mengingatkan wajib pajak agar mewaspadai pesan yang mengatasnamakan "
            "otoritas pajak. Petugas tidak pernah meminta kata sandi atau kode verifikasi melalui "
            "pesan pribadi. Ia meminta wajib pajak segera melapor jika menerima pesan "
            "mencurigakan.\n\n"
            "“Kalau ragu, cek langsung ke kanal resmi. Jangan klik tautan dari nomor yang tidak "
            "dikenal,” kata Maya."
        ),
    },
    {
        "slug": "kemendagri-siapkan-pedoman-penyusunan-rencana-pembangunan-daerah",
        "status": "draft",
        "headline": "Kemendagri Siapkan Pedoman Penyusunan Rencana Pembangunan Daerah",
        "dek": "Pedoman baru diharapkan membuat perencanaan daerah lebih terukur.",
        "section": "pemerintahan",
        "source": "puspen-kemendagri",
        "authors": ["redaksi"],
        "tags": ["Kemendagri", "Otonomi Daerah", "Pemerintah Daerah"],
        "city": "Jakarta",
        "days_ago": None,
        "published_on": None,
        "time": "10:00",
        "image_alt": "Ilustrasi: peta wilayah dan dokumen perencanaan terbentang di meja rapat",
        "image_caption": "Pembahasan rancangan pedoman perencanaan pembangunan daerah.",
        "image_credit": "Dok. Puspen Kemendagri",
        "related": [],
        "body": (
            "Kemendagri tengah menyiapkan pedoman baru penyusunan rencana pembangunan jangka "
            "menengah daerah (RPJMD). Pedoman ini diharapkan membantu pemerintah daerah "
            "menyelaraskan visi kepala daerah dengan prioritas pembangunan nasional.\n\n"
            "“Kami ingin dokumen perencanaan tidak berhenti sebagai tumpukan kertas. Setiap "
            "program harus punya indikator yang bisa diukur dan dipantau warga,” ujar Fajar "
            "Kurniadi, pejabat Kemendagri yang membidangi perencanaan pembangunan daerah.\n\n"
            "Pedoman akan memuat tahapan penyusunan, mulai dari analisis kondisi daerah, perumusan "
            "isu strategis, hingga penetapan target kinerja. Konsultasi publik juga diwajibkan "
            "agar masyarakat dapat memberikan masukan sejak awal.\n\n"
            "Pedoman baru juga akan mendorong daerah memakai data yang sama dalam seluruh dokumen "
            "perencanaan. Dengan begitu, target dalam rencana jangka menengah, rencana tahunan, "
            "dan anggaran dapat saling terhubung.\n\n"
            "Rancangan pedoman masih dibahas bersama kementerian dan lembaga terkait sebelum diuji "
            "coba di beberapa daerah. Daerah yang menjadi lokasi uji coba akan dipilih dengan "
            "mempertimbangkan keragaman karakter wilayah, dari perkotaan hingga kepulauan.\n\n"
            "“Kami membuka ruang masukan dari pemerintah daerah seluas-luasnya, karena merekalah "
            "yang nanti menjalankan pedoman ini,” kata Fajar."
        ),
    },
    {
        "slug": "harga-cabai-merah-naik-di-sejumlah-pasar-tradisional-medan",
        "status": "draft",
        "headline": "Harga Cabai Merah Naik di Sejumlah Pasar Tradisional Medan",
        "dek": "Pasokan dari sentra produksi berkurang karena hujan mengganggu panen.",
        "section": "ekonomi",
        "source": "kantor-berita-nusantara",
        "authors": ["rizal-hakim"],
        "tags": ["Inflasi", "Pangan", "Pertanian"],
        "city": "Medan",
        "days_ago": None,
        "published_on": None,
        "time": "07:40",
        "image_alt": "Ilustrasi: tumpukan cabai merah di lapak pedagang pasar",
        "image_caption": "Pedagang menata cabai merah di lapaknya di sebuah pasar tradisional.",
        "image_credit": "Kantor Berita Nusantara",
        "related": [],
        "body": (
            "Harga cabai merah di sejumlah pasar tradisional di Medan, Sumatera Utara, merangkak "
            "naik dalam sepekan terakhir. Pedagang menyebut pasokan dari sentra produksi berkurang "
            "akibat curah hujan tinggi yang mengganggu panen.\n\n"
            "“Pembeli sekarang banyak yang mengurangi belanja. Biasanya beli sekilo, sekarang cuma "
            "setengah,” ujar Lisbet Manurung, pedagang sayur di salah satu pasar tradisional.\n\n"
            "Di pasar lain, pedagang menyebut sebagian pembeli beralih ke cabai rawit atau cabai "
            "hijau yang harganya relatif lebih stabil. Namun, pasokan kedua jenis cabai itu juga "
            "mulai menipis.\n\n"
            "Sebagian pemilik rumah makan mulai mencampur cabai segar dengan cabai kering untuk "
            "menekan biaya. Ada pula yang memilih mengurangi porsi sambal tanpa menaikkan harga "
            "menu.\n\n"
            "Pemerintah kota menyatakan terus memantau perkembangan harga dan berkoordinasi dengan "
            "daerah penghasil cabai untuk menjaga pasokan. Operasi pasar akan digelar apabila "
            "kenaikan harga terus berlanjut. Dinas terkait juga akan memantau gudang distributor "
            "untuk memastikan tidak ada penimbunan.\n\n"
            "“Kami juga mengajak warga memanfaatkan pekarangan untuk menanam cabai sendiri. Cukup "
            "beberapa pot, kebutuhan dapur sehari-hari sudah terbantu,” kata Togar Sihombing, "
            "pejabat dinas perdagangan setempat."
        ),
    },
    {
        "slug": "liga-futsal-antarkecamatan-bandung-siap-bergulir",
        "status": "draft",
        "headline": "Liga Futsal Antarkecamatan Bandung Siap Bergulir",
        "dek": "Tiga puluh tim dari seluruh kecamatan akan memperebutkan gelar juara.",
        "section": "olahraga",
        "source": None,
        "authors": ["made-suardana"],
        "tags": ["Pemuda", "Jawa Barat"],
        "city": "Bandung",
        "days_ago": None,
        "published_on": None,
        "time": "19:30",
        "image_alt": "Ilustrasi: pemain futsal menggiring bola di lapangan dalam ruangan",
        "image_caption": "Pemain futsal berlatih menjelang bergulirnya liga antarkecamatan.",
        "image_credit": "Kabar Nusantara/Made Suardana",
        "related": [],
        "body": (
            "Liga futsal antarkecamatan di Kota Bandung siap bergulir bulan depan. Sebanyak 30 tim "
            "dari seluruh kecamatan dijadwalkan bertanding dengan format setengah kompetisi "
            "sebelum memasuki babak gugur. Laga pembuka dijadwalkan berlangsung di gelanggang "
            "olahraga di pusat kota.\n\n"
            "“Kami ingin anak muda punya kegiatan positif di akhir pekan. Selain bertanding, "
            "mereka juga belajar berorganisasi dalam mengurus tim,” ujar Rendi Saputra, penggagas "
            "liga.\n\n"
            "Setiap tim wajib mendaftarkan pemain yang berdomisili di kecamatan masing-masing. "
            "Aturan ini dibuat agar liga benar-benar menjadi wadah pembinaan pemain lokal.\n\n"
            "Pendaftaran tim dibuka selama dua pekan di kantor kecamatan. Setiap tim terdiri atas "
            "maksimal 12 pemain dan dua ofisial, dengan batas usia pemain 16 hingga 23 tahun.\n\n"
            "Pertandingan akan digelar di beberapa gelanggang olahraga milik pemerintah kota dan "
            "terbuka untuk umum tanpa tiket. Panitia juga menyiapkan penghargaan bagi kelompok "
            "suporter paling tertib. Seluruh pertandingan juga akan disiarkan melalui kanal media "
            "sosial panitia.\n\n"
            "“Kami ingin tribun penuh, tetapi tetap aman dan ramah untuk keluarga. Futsal harus "
            "jadi hiburan warga, bukan sumber keributan,” kata Rendi."
        ),
    },
    {
        "slug": "ratusan-inovasi-pemerintah-daerah-dipamerkan-di-jakarta",
        "status": "scheduled",
        "headline": "Ratusan Inovasi Pemerintah Daerah Dipamerkan di Jakarta",
        "dek": "Daerah saling belajar praktik baik pelayanan publik dan tata kelola.",
        "section": "nasional",
        "source": "puspen-kemendagri",
        "authors": ["redaksi", "dewi-anggraini"],
        "tags": ["Inovasi Daerah", "Kemendagri", "Otonomi Daerah", "Pelayanan Publik"],
        "city": "Jakarta",
        "days_ago": -2,
        "published_on": None,
        "time": "09:00",
        "image_alt": "Ilustrasi: pengunjung berkeliling di antara stan pameran inovasi",
        "image_caption": "Pengunjung melihat stan inovasi pemerintah daerah di arena pameran.",
        "image_credit": "Dok. Puspen Kemendagri",
        "related": [],
        "body": (
            "Kemendagri menggelar pameran inovasi daerah yang menampilkan ratusan karya pemerintah "
            "provinsi, kabupaten, dan kota. Pameran ini menjadi ruang bagi daerah untuk saling "
            "belajar praktik baik dalam pelayanan publik dan tata kelola pemerintahan.\n\n"
            "Inovasi yang dipamerkan beragam, mulai dari aplikasi layanan kesehatan dan sistem "
            "informasi pertanian hingga program pemberdayaan perempuan di desa. Setiap stan dijaga "
            "langsung oleh aparatur daerah yang menggagas inovasi tersebut.\n\n"
            "Tahun ini, panitia memberi perhatian khusus pada inovasi dari daerah kepulauan dan "
            "perbatasan. Banyak di antaranya lahir dari keterbatasan, seperti layanan administrasi "
            "yang dibawa dengan perahu ke desa-desa pesisir.\n\n"
            "“Kami ingin inovasi yang sudah terbukti berhasil di satu daerah bisa ditiru daerah "
            "lain. Tidak perlu selalu memulai dari nol,” ujar Yudhi Kartiko, pejabat Kemendagri "
            "yang menjadi ketua panitia pameran.\n\n"
            "Selain pameran, panitia menggelar diskusi dan klinik konsultasi bagi pemerintah "
            "daerah yang ingin mengembangkan inovasi. Masyarakat umum juga dapat berkunjung tanpa "
            "dipungut biaya. Pameran berlangsung selama tiga hari.\n\n"
            "Inovasi terbaik akan memperoleh penghargaan dan didorong untuk direplikasi melalui "
            "pendampingan Kemendagri di daerah-daerah lain."
        ),
    },
]
