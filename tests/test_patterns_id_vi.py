"""The Indonesian (and Malay) and Vietnamese pattern tables: for every boilerplate rule a line it must remove
and a sentence of prose with similar words it must keep; bylines, dates and the language
guess; a whole article cleaned end to end; and no new rule fires on the other languages'
prose."""

from __future__ import annotations

import datetime as dt

import pytest

import textclean
from textclean._sentences import SENTENCES
from textclean.cleaners import Boilerplate
from textclean.language import detect_language
from textclean.metadata import parse_byline, parse_date
from textclean.patterns import load

from .pattern_table_checks import (
    ARTICLE_REASONS,
    check_article,
    check_bank_kept,
    check_comment_markers,
    check_no_byline,
    document,
    table_tests,
)

# (rule index in the table's "boilerplate" list, a line it removes, prose it keeps)
ID_RULES: list[tuple[int, str, str]] = [
    (0, "Berlangganan sekarang", "Berlangganan listrik prabayar kini lebih mudah, kata pihak perusahaan kepada wartawan."),
    (1, "Jangan lewatkan berita penting. Daftar newsletter kami!",
     "Newsletter pemerintah kota dikirim setiap minggu kepada dua ribu warga."),
    (2, "Masuk untuk membaca artikel ini", "Masuk ke gedung itu hanya dengan kartu tanda pengenal, kata petugas keamanan."),
    (3, "Artikel ini hanya untuk pelanggan", "Artikel ini dari undang-undang dasar masih menjadi perdebatan para ahli hukum."),
    (4, "Baca juga: Harga beras naik di pasar tradisional", "Baca buku setiap hari, saran guru kepada para siswa di sekolah itu."),
    (5, "Terkait:", "Terkait kasus itu, polisi telah memeriksa tiga orang saksi pada hari Senin."),
    (6, "Bagikan artikel ini", "Bagikan bantuan kepada warga yang terdampak banjir, kata bupati dalam rapat itu."),
    (7, "Ikuti kami di Instagram", "Ikuti petunjuk petugas selama evakuasi, kata kepala dinas kepada warga."),
    (8, "Unduh aplikasi kami sekarang", "Unduhan dokumen dari situs pemerintah meningkat tajam pada bulan lalu."),
    (9, "Iklan", "Iklan rokok di televisi dilarang sebelum pukul sembilan malam."),
    (10, "Posted on Maret 30, 2015 by Admin",
     "Diposting pada akun resminya, pernyataan itu dibaca jutaan orang dalam satu hari saja."),
    (11, "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.",
     "Resep kue kering dengan cokelat dimuat oleh surat kabar lokal itu."),
    (12, "Terima semua cookie", "Terima kasih atas bantuan semua pihak, kata gubernur dalam sambutannya."),
    (13, "© 2025 Kabar Kota. Hak cipta dilindungi undang-undang.", "Hak pekerja harus dilindungi oleh negara, kata ketua serikat buruh."),
    (14, "Foto: Antara/Budi Santoso", "Foto-foto kecelakaan itu diserahkan kepada polisi oleh para saksi."),
    (15, "Editor: Rina Wulandari", "Editor buku itu mengatakan bahwa cetakan kedua akan terbit bulan depan."),
    # reading time, a breadcrumb trail from the home page, a share bar's copy-link button
    (16, 'Waktu baca: 4 menit', 'Waktu baca anak-anak terus menurun, menurut penelitian terbaru.'),
    (17, 'Beranda > Dunia > Eropa', 'Beranda rumah itu rusak akibat banjir, kata warga setempat.'),
    (18, 'Salin tautan', 'Salin tautan formulir dan kirimkan ke kantor kecamatan, kata petugas.'),
]

VI_RULES: list[tuple[int, str, str]] = [
    (0, "Đăng ký ngay", "Đăng ký kết hôn tại phường mất khoảng ba ngày, theo cán bộ tư pháp."),
    (1, "Đừng bỏ lỡ tin quan trọng: đăng ký nhận bản tin của chúng tôi!",
     "Bản tin của ủy ban thành phố được gửi mỗi tuần tới hai nghìn người dân."),
    (2, "Đăng nhập để đọc tiếp", "Đăng nhập vào ngân hàng chỉ qua trang chính thức, công an khuyến cáo."),
    (3, "Tin liên quan: Chính phủ thông qua ngân sách mới", "Tin đồn liên quan đến vụ việc đã bị cơ quan chức năng bác bỏ."),
    (4, "Chia sẻ lên Facebook", "Chia sẻ kinh nghiệm với đồng nghiệp là việc các bác sĩ trẻ nên làm."),
    (5, "Theo dõi chúng tôi trên Zalo", "Theo dõi sức khỏe trẻ em thường xuyên, các bác sĩ khuyên phụ huynh."),
    (6, "Tải ứng dụng", "Tải trọng của cây cầu đã được kiểm tra lại vào tuần trước, theo sở giao thông."),
    (7, "Quảng cáo", "Quảng cáo thuốc lá trên truyền hình bị cấm từ nhiều năm nay."),
    (8, "Trang web này sử dụng cookie để cải thiện trải nghiệm của bạn.",
     "Công thức làm bánh quy sô-cô-la được một tờ báo địa phương đăng tải."),
    (9, "Chấp nhận tất cả cookie", "Chấp nhận tất cả các sửa đổi, các đại biểu tuyên bố vào thứ năm."),
    (10, "© 2024 Tin Thành Phố. Bản quyền thuộc về Tin Thành Phố.", "Bản quyền của bài hát đang bị tranh chấp tại tòa án, luật sư cho biết."),
    (11, "Ảnh: Nguyễn Văn An", "Ảnh hưởng của cơn bão kéo dài nhiều ngày tại các tỉnh miền Trung."),
    # reading time, a breadcrumb trail from the home page, a share bar's copy-link button
    (12, 'Thời gian đọc: 4 phút', 'Thời gian đọc sách của trẻ em đang giảm, theo một nghiên cứu mới.'),
    (13, 'Trang chủ > Thế giới > Châu Âu', 'Trang chủ của bộ đã ngừng hoạt động hai ngày, người phát ngôn cho biết.'),
    (14, 'Sao chép liên kết', 'Sao chép liên kết của biểu mẫu rồi gửi cho phường, cán bộ hướng dẫn.'),
]

PROSE = {
    "id": (
        "Dewan kota menyetujui rencana lalu lintas baru pada Selasa malam yang akan mulai "
        "berlaku pada awal September, kata wali kota kepada wartawan.",
        "Menurut wali kota, langkah ini akan mengurangi jumlah mobil di pusat kota hingga seperlima, "
        "tetapi para pemilik toko tidak setuju dan telah meminta pertemuan.",
    ),
    "vi": (
        "Hội đồng thành phố tối qua đã thông qua kế hoạch giao thông mới, sẽ có hiệu lực từ ngày "
        "đầu tiên của tháng Chín, chủ tịch thành phố cho biết.",
        "Theo chủ tịch, biện pháp này sẽ giảm một phần năm số ô tô ở trung tâm, nhưng các chủ cửa "
        "hàng không đồng ý và đã yêu cầu một cuộc họp.",
    ),
}
TITLE = {"id": "Rencana lalu lintas baru untuk kota", "vi": "Kế hoạch giao thông mới cho thành phố"}


def _document(lang: str, line: str) -> str:
    return document(TITLE[lang], PROSE[lang], line)


TestTables = table_tests({"id": ID_RULES, "vi": VI_RULES}, TITLE, PROSE)


@pytest.mark.parametrize(("lang", "line"), [
    ("id", "Langganan"), ("id", "Berita Terkait"), ("id", "Artikel terkait: Harga cabai melonjak"),
    ("id", "Bagikan ke WhatsApp"), ("id", "Ikuti Kabar Kota di Google News"), ("id", "Terpopuler"),
    ("id", "Selengkapnya"), ("id", "Kami menggunakan cookie agar situs berjalan baik."),
    ("id", "Seluruh hak dilindungi."), ("id", "Sumber foto: Istimewa"), ("id", "SCROLL TO CONTINUE WITH CONTENT"),
    # Malay
    ("id", "Kongsi artikel ini"), ("id", "Hak cipta terpelihara."), ("id", "Langgan newsletter kami"),
    ("vi", "Xem thêm:"), ("vi", "Bài liên quan"), ("vi", "Chia sẻ"), ("vi", "Đọc nhiều nhất"), ("vi", "Tin mới nhất"),
    ("vi", "Đăng ký"), ("vi", "Theo dõi VnTin trên Google News"), ("vi", "Nguồn: Reuters"),
])
def test_more_label_forms_removed(lang: str, line: str) -> None:
    doc = textclean.clean(_document(lang, line))
    assert line not in doc.paragraphs
    assert any(line in r.text for r in doc.removed)


def test_indonesian_rules_keep_every_bank_sentence() -> None:
    pats = load(("id", "en"))
    for lang in ("en", "it", "pt", "nl"):
        assert all(Boilerplate().score(s, pats)[0] < 1.0 for s in SENTENCES[lang]), lang


def test_malay_is_read_as_indonesian() -> None:
    text = ("Kerajaan mengumumkan belanjawan baharu pada hari Isnin yang akan mula berkuat kuasa "
            "tahun depan, kata menteri kewangan dalam sidang media di Kuala Lumpur kerana ekonomi "
            "dijangka pulih dengan pantas.")
    assert detect_language(text) == "id"


@pytest.mark.parametrize("lang", ["en", "de", "es", "fr", "it", "pt", "nl", "pl", "ru"])
def test_new_function_words_steal_no_bank(lang: str) -> None:
    check_bank_kept(lang, ("id", "vi"))


@pytest.mark.parametrize(("lang", "byline", "authors", "dateline", "ymd"), [
    ("id", "Oleh Budi Santoso dan Siti Rahayu", ["Budi Santoso", "Siti Rahayu"], "Diterbitkan: 12 November 2023", (2023, 11, 12)),
    ("id", "Penulis: Dewi Lestari", ["Dewi Lestari"], "3 Maret 2024", (2024, 3, 3)),
    ("id", "Reporter: Agus Salim", ["Agus Salim"], "17 Agu 2024", (2024, 8, 17)),
    ("vi", "Tác giả: Nguyễn Văn An và Trần Thị Bình", ["Nguyễn Văn An", "Trần Thị Bình"], "ngày 3 tháng 3 năm 2025", (2025, 3, 3)),
    ("vi", "Phóng viên: Lê Minh Tuấn", ["Lê Minh Tuấn"], "5/3/2024", (2024, 3, 5)),
])
def test_byline_and_date_read(lang: str, byline: str, authors: list[str], dateline: str, ymd: tuple[int, int, int]) -> None:
    doc = textclean.clean(f"{TITLE[lang]}\n\n{byline}\n\n{dateline}\n\n{PROSE[lang][0]}\n\n{PROSE[lang][1]}\n")
    assert doc.title == TITLE[lang]
    assert doc.authors == authors
    assert doc.date is not None and (doc.date.year, doc.date.month, doc.date.day) == ymd
    assert doc.paragraphs == list(PROSE[lang])


def test_byline_with_date_after_a_bar() -> None:
    t = ("Pemerintah umumkan anggaran baru\n\nOleh Budi Santoso | 3 Maret 2025\n\n"
         "Pemerintah Indonesia pada hari Senin mengumumkan anggaran baru untuk sektor pendidikan yang\n"
         "akan mulai berlaku tahun depan, kata menteri keuangan dalam konferensi pers di Jakarta.\n\n"
         "Baca juga: Harga beras naik di pasar tradisional\n\nBagikan artikel ini\n")
    doc = textclean.clean(t)
    assert doc.extra["language"] == "id"
    assert doc.title == "Pemerintah umumkan anggaran baru"
    assert doc.authors == ["Budi Santoso"]
    assert doc.date is not None and (doc.date.year, doc.date.month, doc.date.day) == (2025, 3, 3)
    assert len(doc.paragraphs) == 1 and doc.paragraphs[0].startswith("Pemerintah Indonesia pada hari Senin")


def test_updated_line_is_no_publication_date() -> None:
    doc = textclean.clean(f"{TITLE['id']}\n\nDiperbarui: 5 Maret 2024\n\nDiterbitkan: 3 Maret 2024\n\n"
                          f"{PROSE['id'][0]}\n\n{PROSE['id'][1]}\n")
    assert doc.date is not None and (doc.date.month, doc.date.day) == (3, 3)


@pytest.mark.parametrize(("text", "ymd"), [
    ("3 Maret 2024", (2024, 3, 3)), ("12 Desember 2023", (2023, 12, 12)), ("1 Mei 2023", (2023, 5, 1)),
    ("17 Agustus 2022", (2022, 8, 17)), ("5 Okt 2021", (2021, 10, 5)), ("9 Ogos 2024", (2024, 8, 9)),
    ("25 Disember 2023", (2023, 12, 25)), ("1 Julai 2020", (2020, 7, 1)),
    ("ngày 3 tháng 3 năm 2025", (2025, 3, 3)), ("12 tháng 11 năm 2023", (2023, 11, 12)), ("1 tháng 05 năm 2022", (2022, 5, 1)),
])
def test_dates(text: str, ymd: tuple[int, int, int]) -> None:
    d = parse_date(text)
    assert d is not None and (d.year, d.month, d.day) == ymd


@pytest.mark.parametrize("text", [
    "Oleh karena itu, pemerintah memutuskan untuk menunda pembangunan jalan tol tersebut.",
    "Oleh sebab itu para petani meminta bantuan pupuk kepada dinas pertanian.",
    "Penulis buku itu hadir dalam acara peluncuran di Jakarta pada hari Sabtu.",
    "Oleh-oleh khas Bandung laris manis menjelang libur panjang akhir pekan ini.",
])
def test_byline_words_in_prose_are_not_bylines(text: str) -> None:
    check_no_byline(text, TITLE['id'], PROSE['id'])


def test_numbered_list_with_des_stays_a_list() -> None:
    # "Des" (December) is no month of the table: "1. Des Moines" is a list item, not a date
    doc = textclean.clean("Kota-kota yang dikunjungi\n\n1. Des Moines\n2. Chicago\n3. Boston\n\n"
                          f"{PROSE['id'][0]}\n\n{PROSE['id'][1]}")
    assert [b.text for b in doc.blocks if b.kind == "list-item"] == ["1. Des Moines", "2. Chicago", "3. Boston"]


@pytest.mark.parametrize(("lang", "markers", "prose"), [
    ("id", ["Komentar", "12 Komentar", "Tulis komentar", "Lihat semua komentar"],
     ["Komentar para politisi setelah debat itu sangat tajam.", "Komentarnya dimuat di media sosial pada hari Rabu."]),
    ("vi", ["Bình luận", "12 bình luận", "Viết bình luận", "Xem tất cả bình luận", "Ý kiến bạn đọc"],
     ["Bình luận của các chính trị gia sau cuộc tranh luận rất gay gắt.", "Ý kiến của người dân được ghi nhận."]),
])
def test_comment_markers(lang: str, markers: list[str], prose: list[str]) -> None:
    check_comment_markers(lang, markers, prose)


def test_whole_indonesian_article() -> None:
    text = (
        "Jakarta akan membuka tiga stasiun MRT baru sebelum akhir tahun\n\n"
        "Oleh Rina Wulandari\n\n"
        "Diterbitkan: 4 Oktober 2023\n\n"
        "Bagikan\n\n"
        "Tiga stasiun MRT baru akan dibuka di Jakarta sebelum akhir tahun, kata dinas perhubungan\n"
        "kota. Pembangunan berjalan sesuai jadwal dan akan selesai bulan ini, tambahnya.\n\n"
        "Foto: Dinas Perhubungan\n\n"
        "Baca juga: Harga tiket naik mulai Januari\n\n"
        "Menurut para pejabat, stasiun-stasiun itu akan menghubungkan dua wilayah besar di selatan\n"
        "kota yang saat ini dihuni oleh lebih dari setengah juta orang.\n\n"
        "Berlangganan newsletter\n\n"
        "Editor: Agus Salim\n\n"
        "© 2023 Kabar Kota. Seluruh hak dilindungi.\n"
    )
    check_article(
        text, "id",
        title="Jakarta akan membuka tiga stasiun MRT baru sebelum akhir tahun",
        authors=["Rina Wulandari"], date=dt.date(2023, 10, 4),
        reasons=ARTICLE_REASONS | {"contributor-note"},
        paragraphs=[
            "Tiga stasiun MRT baru akan dibuka di Jakarta sebelum akhir tahun, kata dinas perhubungan "
            "kota. Pembangunan berjalan sesuai jadwal dan akan selesai bulan ini, tambahnya.",
            "Menurut para pejabat, stasiun-stasiun itu akan menghubungkan dua wilayah besar di selatan "
            "kota yang saat ini dihuni oleh lebih dari setengah juta orang.",
        ],
    )


def test_vietnamese_guess_and_byline_word_theo() -> None:
    # "Theo" ("according to") is no byline word: a sentence and a source line stay prose
    text = "Theo ông Nguyễn Văn An, dự án sẽ hoàn thành vào cuối năm nay."
    assert parse_byline(text) == []
    doc = textclean.clean(f"{TITLE['vi']}\n\n{text}\n\n{PROSE['vi'][0]}\n\n{PROSE['vi'][1]}")
    assert doc.extra["language"] == "vi"
    assert doc.authors == []
    assert text in doc.paragraphs


def test_whole_vietnamese_article() -> None:
    text = (
        "Hà Nội sẽ mở ba ga tàu điện mới trước cuối năm\n\n"
        "Tác giả: Nguyễn Thu Hà\n\n"
        "ngày 4 tháng 10 năm 2023\n\n"
        "Chia sẻ\n\n"
        "Ba ga tàu điện mới sẽ được đưa vào hoạt động tại Hà Nội trước cuối năm, theo sở giao thông\n"
        "vận tải của thành phố. Công trình đang được thi công đúng tiến độ.\n\n"
        "Ảnh: Sở Giao thông\n\n"
        "Xem thêm: Giá vé sẽ tăng từ tháng Một\n\n"
        "Theo các quan chức, những ga này sẽ kết nối hai quận lớn ở phía nam thành phố, nơi hiện có\n"
        "hơn nửa triệu người sinh sống.\n\n"
        "Đăng ký nhận bản tin\n\n"
        "© 2023 Tin Thành Phố. Bản quyền thuộc về Tin Thành Phố.\n"
    )
    check_article(
        text, "vi",
        title="Hà Nội sẽ mở ba ga tàu điện mới trước cuối năm",
        authors=["Nguyễn Thu Hà"], date=dt.date(2023, 10, 4),
        paragraphs=[
            "Ba ga tàu điện mới sẽ được đưa vào hoạt động tại Hà Nội trước cuối năm, theo sở giao thông "
            "vận tải của thành phố. Công trình đang được thi công đúng tiến độ.",
            "Theo các quan chức, những ga này sẽ kết nối hai quận lớn ở phía nam thành phố, nơi hiện có "
            "hơn nửa triệu người sinh sống.",
        ],
    )
