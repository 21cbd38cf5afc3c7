"""Vietnamese pattern table (see :mod:`textclean.patterns` for the keys).

Line-starting labels are anchored (``^\\W*``) and short-limited, so that a sentence of prose
that merely contains the words is never hit.  Words that also begin ordinary sentences ("Đăng
ký kết hôn tại ...", "Chia sẻ kinh nghiệm ...", "Theo dõi sức khỏe ...", "Quảng cáo sai sự
thật ...") only count as a whole label (followed by ``:``, a social network, or nothing).
"Theo" ("according to", also before a source: "Theo Reuters") is no byline word.  A date
``ngày 3 tháng 3 năm 2025`` is read through its month, written with its number and the word
for year (``tháng 3 năm``); numeric dates (``3/3/2025``) need nothing of the table.
"""

from __future__ import annotations

from typing import Any

_NETWORKS = r"(?:facebook|fanpage|twitter|x|instagram|youtube|tiktok|zalo|telegram|linkedin|google\s+news|mạng\s+xã\s+hội)"

TABLE: dict[str, Any] = {
    "boilerplate": [
        # --- subscription, paywall, newsletter -------------------------------
        ("subscription", r"^\W*đăng\s+ký(?:\s+(?:ngay|nhận\s+(?:bản\s+tin|tin)|gói|thành\s+viên|tài\s+khoản)\b|\W*$)", 1.0, 200),
        ("subscription", r"\bđăng\s+ký\s+(?:nhận\s+)?(?:bản\s+tin|newsletter)(?:\s+(?:của\s+)?chúng\s+tôi)?\b", 1.0, 300),
        ("subscription", r"^\W*(?:đăng\s+nhập\s+để\s+(?:đọc|xem|tiếp\s+tục)|(?:bài\s+viết|nội\s+dung)\s+(?:này\s+)?(?:chỉ\s+)?dành\s+cho\s+(?:thành\s+viên|hội\s+viên|người\s+đăng\s+ký))\b", 1.0, 300),
        # --- related-story links ----------------------------------------------
        ("related-link", r"^\W*(?:tin\s+liên\s+quan|bài\s+liên\s+quan|tin\s+cùng\s+chuyên\s+mục|xem\s+thêm|đọc\s+thêm)\b\W*(?::|$|\w)", 1.0, 300),
        # --- share / follow ---------------------------------------------------
        ("share", rf"^\W*chia\s+sẻ(?:\s+(?:lên|qua|trên)\s+{_NETWORKS}|\s+bài\s+viết(?:\s+này)?)?\W*$", 1.0, 80),
        ("share", rf"^\W*theo\s+dõi\s+(?:chúng\s+tôi(?:\s+(?:trên|tại|qua)\s+{_NETWORKS})?|[\w .'’-]{{1,40}}?\s+(?:trên|tại|qua)\s+{_NETWORKS})\W*$", 1.0, 150),
        ("share", r"^\W*tải\s+(?:ngay\s+)?ứng\s+dụng\b", 1.0, 150),
        # --- page furniture: ad labels, widget headings -----
        ("navigation", r"^\W*(?:quảng\s+cáo|đọc\s+nhiều(?:\s+nhất)?|xem\s+nhiều(?:\s+nhất)?|tin\s+mới(?:\s+nhất)?|mới\s+nhất|tin\s+nổi\s+bật)\W*$", 1.0, 60),
        # --- cookies ------------------------------------------------------------
        ("cookie", r"\b(?:(?:trang\s+web|website)\s+(?:này\s+)?sử\s+dụng|chúng\s+tôi\s+sử\s+dụng)\s+(?:các\s+)?cookies?\b", 1.0, 500),
        ("cookie", r"^\W*(?:chấp\s+nhận|từ\s+chối|quản\s+lý)(?:\s+tất\s+cả)?\s+cookies?\W*$", 1.0, 100),
        # --- copyright ----------------------------------------------------------
        ("copyright", r"\bbản\s+quyền\s+thuộc\s+về\b|^\W*(?:©\s*)?(?:bản\s+quyền\s*(?:©|\d{4})|giữ\s+bản\s+quyền)|\bghi\s+rõ\s+nguồn\b[^.]{0,60}\bkhi\s+phát\s+hành\s+lại\b", 1.0, 300),
        # --- photo captions and credits ------------------------------------------
        ("photo-credit", r"^\W*(?:ảnh|nguồn\s+ảnh|ảnh\s+minh\s+họa|nguồn)\s*:", 1.0, 250),
        # reading time, a breadcrumb trail from the home page, a share bar's copy-link button
        ("navigation", r"^\W*(?:thời\s+gian\s+đọc\s*:?\s*\d{1,3}\s*phút|\d{1,3}\s*phút\s+đọc)\W*$", 1.0, 60),
        ("navigation", r"^\W*trang\s+chủ(?:\s*[|/•·>»›]\s*\w[\w'’ -]{0,25}){1,}\W*$", 1.0, 200),
        ("share", r"^\W*(?:sao\s+chép\s+liên\s+kết|sao\s+chép\s+link)\W*$", 1.0, 40),
    ],
    "byline_prefixes": ["Tác giả:", "Bài:", "Bài và ảnh:", "Phóng viên:"],
    "byline_suffixes": [],
    "name_joiners": ["và"],
    # "ngày 3 tháng 3 năm 2025": the day, the month with its number, the year
    "months": {f"tháng {n} năm": n for n in range(1, 13)} | {f"tháng {n:02d} năm": n for n in range(1, 10)},
    "updated_words": ["cập nhật", "cập nhật lúc", "cập nhật ngày", "lần cập nhật cuối"],
    "published_words": ["ngày", "ngày đăng", "đăng lúc", "đăng ngày", "xuất bản", "ngày xuất bản"],
    "source_labels": ["nguồn", "bài gốc"],
    "list_labels": ["từ khóa", "từ khoá"],
    "quote_headers": [],
    "suspended_hyphen_joiners": [],
    "comment_markers": [
        r"^\W*(?:\d+\s+)?(?:bình\s+luận|ý\s+kiến\s+bạn\s+đọc)\W*$",
        r"^\W*(?:viết|gửi|thêm)\s+(?:bình\s+luận|ý\s+kiến)\b",
        r"^\W*(?:xem|hiển\s+thị)\s+(?:tất\s+cả\s+)?(?:\d+\s+)?(?:bình\s+luận|ý\s+kiến)\b",
        r"\b\d+\s+bình\s+luận\W*$",
    ],
}
