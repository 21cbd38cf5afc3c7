"""English pattern table (see :mod:`textclean.patterns` for the keys)."""

from __future__ import annotations

from typing import Any

SHORT = 250

TABLE: dict[str, Any] = {
    "boilerplate": [
        # --- subscription, paywall, newsletter -------------------------------
        ("subscription", r"^\W*subscribe\b", 1.0, 200),
        ("subscription", r"\bsubscribe\s+(?:now|today|for|from|to\s+(?:our|the))\b", 0.7, 300),
        ("subscription", r"\bsign(?:ing)?\s+up\b.{0,60}\bnewsletters?\b", 1.0, 300),
        ("subscription", r"\bnewsletters?\b", 0.4, 200),
        ("subscription", r"^\W*(?:already\s+a\s+(?:subscriber|member)|log\s*in\s+to\s+(?:continue|read)|create\s+a\s+free\s+account)", 1.0, 300),
        ("subscription", r"\b(?:unlimited|full|premium|digital)\s+access\b", 0.5, 300),
        ("subscription", r"\binvest\s+in\s+yourself\b", 1.0, 400),
        # a price per period: a pitch on its own in a short line ("Only $1 a week"); in a longer
        # one it needs another sign of a pitch (prose about prices: "viewers pay $6.99 per month")
        # (a line that ends like a sentence, "Tickets cost $25 a year.", is only weak evidence:
        # the 0.5 rule below)
        ("subscription", r"(?:[£$€]\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?[£$€])\s*(?:a|per|/)\s*(?:month|week|year|mo)\b(?!\s*ago\b)(?!.*[.!?][\"“”„‟'‘’)]*\s*$)", 1.0, 80),
        ("subscription", r"(?:[£$€]\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?[£$€])\s*(?:a|per|/)\s*(?:month|week|year|mo)\b(?!\s*ago\b)", 0.5, 300),
        ("subscription", r"\b(?:subscri(?:be|ption)|sign\s+up|join\s+(?:now|today)|unlock|cancel\s+any\s*time|start\s+your|free\s+trial)\b", 0.4, 300),
        ("subscription", r"\bsupport\s+(?:our|independent|quality)\s+journalism\b", 1.0, 400),
        ("subscription", r"^\W*become\s+a\s+(?:member|subscriber|supporter|patron)\b", 1.0, 300),
        ("subscription", r"\bthis\s+(?:article|content|story)\s+is\s+(?:only\s+)?(?:for|available\s+to)\s+(?:subscribers|members)\b", 1.0, 400),
        ("subscription", r"\bto\s+continue\s+reading\b", 0.7, 300),
        ("subscription", r"\bto\s+(?:view|read|see|access)\s+the\s+(?:full|whole|rest\s+of\s+the)\s+(?:story|article)\b", 0.7, 300),
        ("subscription", r"\b(?:log|sign)\s*in\s+for\s+(?:immediate|full|unlimited)\s+access\b", 1.0, 300),
        ("subscription", r"\b(?:first[- ]time|new)\s+subscribers\s+(?:also\s+)?(?:get|receive)\b", 1.0, 300),
        ("subscription", r"\bpaywall\b", 0.4, 200),
        # --- affiliate and advertising disclosures -----------------------------
        ("disclosure", r"\b(?:post|page|article|story)\s+(?:contains|may\s+contain|includes)\s+(?:affiliate\s+links|references\s+to\s+products)\b", 1.0, 400),
        ("disclosure", r"\bwe\s+may\s+(?:earn|receive)\s+(?:a\s+)?(?:small\s+)?(?:commission|compensation)\b", 1.0, 400),
        ("disclosure", r"\badvertisers\s+do\s+not\s+influence\b", 1.0, 400),
        ("disclosure", r"^\W*(?:advertising|affiliate|advertiser)\s+disclosure\W*$", 1.0, 40),
        # --- donations -----------------------------------------------------
        ("donate", r"^\W*donate(?:\s+(?:now|today|here|to|and|monthly|once|online)\b|\s*[$£€]|\W*$)", 1.0, 200),
        ("donate", r"\bdonat(?:e|ing|ions?)\b", 0.5, 400),
        ("donate", r"^\W*contribute(?:\s+(?:to|now|today)\b|\W*$)", 1.0, 200),
        ("donate", r"\b(?:completely|fully|truly|editorially)\s+independent\b", 0.4, 400),
        ("donate", r"\bhelp\s+us\s+(?:keep|grow|continue|stay)\b", 0.6, 400),
        ("donate", r"\bno\s+(?:partisan|political)\s+(?:bias|agenda)\b", 0.3, 400),
        # --- related-story links --------------------------------------------
        ("related-link", r"^\W*(?:related|recommended|suggested|further|more|popular|trending|latest)(?:\s+\w+){0,2}?\s*(?:articles?|posts?|stor(?:y|ies)|content|reading|coverage|links?|news|videos?)\b\W*(?::|$)", 1.0, 300),
        ("related-link", r"^\W*related\s*(?::|$)", 1.0, 300),  # ("Related" alone takes the headline under it)
        ("related-link", r"^\W*(?:read|see|watch)\s+(?:more|also|next)\b\W*(?::|$)", 1.0, 300),
        ("related-link", r"^\W*(?:also\s+read|you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested\s+in)|more\s+on\s+this\s+story)\b", 1.0, 300),
        ("related-link", r"^\W*more from\b(?=[^.!?\n]{0,50}:?\s*$)", 1.0, 80),
        # --- share / follow -------------------------------------------------
        # ("Share this article", "Follow us on X", "Like us for updates"; not prose that opens
        # with the same words: "Like the other members, she voted ...", "Follow the money")
        # (one rule: "Share this article", "Follow us: …", "Like us for …", "Share on WhatsApp")
        ("share", r"^\W*(?:share|follow|like)\s+(?:(?:this(?:\s+(?:article|story|page|post|video|gallery|photo|link))?|us|me)\W*(?:(?:on|with|via|for|and|at|to)\b|[:!]|$)|(?:it\s+)?on\s+(?:twitter|x|facebook|instagram|telegram|linkedin|youtube|tiktok|bluesky|threads|whatsapp|reddit|pinterest|mastodon|e-?mail)\b)", 1.0, 150),
        ("share", r"^\W*share\s+the\s+(?:article|story|page|post|video)\W*$", 1.0, 60),
        ("share", r"\bfollow\s+(?:us|the(?:\s+[\w@'’.&-]+){1,5})\s+on\s+(?:twitter|x|facebook|instagram|telegram|linkedin|youtube|tiktok|bluesky|threads)\b", 1.0, 250),
        # (a lone "X" is a letter, not the social network: "x" only after another share word)
        ("share", r"^\W*(?:share|tweet|e-?mail|print|facebook|twitter|linkedin|whatsapp|telegram|reddit|pinterest|copy\s+link|comments?)(?:\W+(?:share|tweet|e-?mail|print|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|copy\s+link|comments?))*\W*$", 1.0, 120),
        ("share", r"^\W*(?:click|tap)\s+(?:here\s+)?to\s+(?:share|tweet|email|print)\b", 1.0, 150),
        # --- cookies --------------------------------------------------------
        ("cookie", r"\b(?:we|this\s+(?:site|website))\s+uses?\s+cookies\b", 1.0, 500),
        ("cookie", r"\bcookie\s+(?:policy|settings|preferences|consent|notice)\b", 0.7, 300),
        ("cookie", r"^\W*(?:accept|reject|manage|allow)(?:\s+all)?\s+cookies\W*$", 1.0, 100),
        # --- copyright ------------------------------------------------------
        # ("Copyright 2024 X", "Copyright © X", "Copyright Reuters"; not prose that opens with
        # the word: "Copyright law changed in 2019.")
        ("copyright", r"^\W*(?:©|\(c\)\s*(?:\d{4}\b|(?-i:[A-Z][\w&.'’-]*)(?:\s+(?-i:[A-Z&][\w&.'’-]*)){0,5}(?:,?\s+\d{4})?\W*$)|copyright\s*(?:©|\(c\)|@|\d{4}|by\b|:)|copyright\s+(?-i:[A-Z][\w&.'’-]*)(?:\s+(?-i:[A-Z&][\w&.'’-]*)){0,5}(?:,?\s+\d{4}|\W*$))", 1.0, 250),
        ("copyright", r"\ball\s+rights\s+reserved\b", 1.0, 300),
        # --- contributor notes ("AFP contributed reporting", typos allowed) --
        # (the lookahead checks the cheap end first; the fuzzy "contributed" allows typos)
        ("contributor-note", r"^(?=.{0,200}?\b(?:reporting|report|story|article)\W*$)\W*[\w .,&'’-]{1,80}?\b(?:contributed){e<=2}\s+(?:(?:additional|to)\s+)*(?:this\s+)?(?:reporting|report|story|article)\W*$", 1.0, 200),
        ("contributor-note", r"^\W*(?:with\s+)?(?:additional\s+)?reporting\s+(?:by|from)\b[^.]{0,120}(?:;\s*(?:writing|editing)\s+by[^.]{0,80})*\W*$", 1.0, 300),
        ("contributor-note", r"^\W*(?:writing|editing|compiled|translated)\s+by\s+[\w .,&'’-]{2,80}\W*$", 1.0, 200),
        # --- photo captions and credits -------------------------------------
        ("photo-credit", r"\*\*[^*\n]{1,60}\s/\s[^*\n]{1,60}\*\*\W{0,3}$", 1.0, 350),
        ("photo-credit", r"^\W*(?:photo(?:graph)?s?|images?|pictures?|credits?|photo\s+credit|illustrations?|video)\s*(?:by|courtesy\s+of)?\s*[:©]", 1.0, 250),
        ("photo-credit", r"^\W*(?:photo(?:graph)?|image|picture|illustration)\s+(?:by|courtesy\s+of)\b", 1.0, 200),
        ("photo-credit", r"\((?:AP|AFP|Reuters|EPA|Getty|Bloomberg)\s+Photos?\b[^)]{0,80}\)\W{0,3}$", 1.0, 400),
        ("photo-credit", r"\b(?:Getty\s+Images|Shutterstock|iStock(?:photo)?|Alamy(?:\s+Stock\s+Photo)?)\W{0,3}$", 1.0, 300),
        # A caption that ends with its credit after a copyright sign ("Skier in Beijing. © AFP / Ana Lima").
        ("photo-credit", r"\w[\w.!?)\s|-]{0,3}\s©\s?[\w][\w .,&/-]{0,60}$", 1.0, 250),
        ("photo-credit", r"^\W*(?:enlarge\s+this\s+image|toggle\s+caption|hide\s+caption|image\s+caption)\b", 1.0, 200),
        # A caption that ends with its credit in brackets ("Cyclists on Main Street. (Photo: Ana Lima / Daily News)").
        ("photo-credit", r"\((?:photo(?:graph)?s?|images?|pictures?|illustration|video|credit)(?:\s+credits?)?(?:\s*[:©]|\s+(?:by|courtesy\s+of)\b)\s*[^()\n]{1,80}\)\W{0,3}$", 1.0, 300),
        # A block that is one Markdown link (a menu entry or a teaser of a Markdown scrape):
        # weak evidence, removed only next to other boilerplate.
        ("navigation", r"^\[[^\[\]\n]{1,80}\]\((?:https?://|/)[^()\s]{0,300}\)$", 0.4, 400),
        # --- advertising slots and reading prompts left in the text --------------
        ("advertisement", r"^\W*(?:the\s+)?(?:story|article|text|content)\s+continues\s+(?:below|after)(?:\s+(?:this\s+|the\s+)?(?:advert(?:isement)?|ad))?\W*$", 1.0, 60),
        ("advertisement", r"^\W*(?:advert(?:isement)?|ad)\W+(?:scroll|continue)\s+(?:down\s+)?(?:to\s+)?(?:continue|reading|read)(?:\s+reading)?\W*$", 1.0, 60),
        ("navigation", r"^\W*(?:continue|keep)\s+reading(?:\s+(?:the\s+)?(?:main\s+)?(?:story|article|below))?\W*$", 1.0, 40),
        ("navigation", r"^\W*(?:click|tap)\s+here\s+(?:to\s+)?(?:read|see|view|learn)\s+more\W*$", 1.0, 40),
        ("subscription", r"^\W*sign\s+up\s+(?:for|to)\s+(?:our|the)\b.{0,60}\b(?:briefing|digest|bulletin|alerts?|e-?mails?|newsletters?)\b", 1.0, 200),
        ("subscription", r"\benter\s+your\s+e-?mail(?:\s+address)?\W*$", 0.7, 200),
        # --- navigation debris seen in page dumps ----------------------------
        ("navigation", r"^\W*(?:skip\s+to\s+(?:main\s+)?content|back\s+to\s+top|advert(?:s|isement)?|sponsored(?:\s+content)?|ad)\W*$", 1.0, 60),
        ("navigation", r"^\W*(?:home|news|sport|sports|business|opinion|world|politics|culture|tech|technology|science|health|video|podcasts?|menu|search|sign\s+in|log\s+in|register)(?:\s*[|/•·>»›]\s*\w[\w ]{0,20}){2,}\W*$", 1.0, 200),
        # a line that is only a section name, a footer link or a relative timestamp (page dumps)
        ("navigation", r"^\W*(?:home|news|opinion|politics|business|sports?|world|tech(?:nology)?|science|health|travel|entertainment|lifestyle|videos?|podcasts|search|sections|menu|back\s+to\s+main\s+menu|skip\s+to\s+(?:main\s+)?content)[^\w.!?]*$", 1.0, 40),
        ("navigation", r"^\W*(?:privacy\s+policy|terms\s+of\s+(?:use|service)|cookie\s+policy|contact(?:\s+us)?|about\s+us|advertise(?:\s+with\s+us)?|careers|rss|sitemap|accessibility|newsletters?)[^\w.!?]*$", 1.0, 40),
        ("navigation", r"^\W*\d{1,3}\s*(?:m|h|min|mins|minutes?|hours?|days?)\s+ago[^\w.!?]*$", 1.0, 30),
        ("navigation", r"^\W*(?:updated|published|posted)\s+\d{1,3}\s*(?:m|h|min|mins|minutes?|hours?|days?)\s+ago[^\w.!?]*$", 1.0, 40),
        # --- article tools and reading-time labels (whole short lines) -------------
        ("navigation", r"^\W*(?:listen\s+to\s+(?:this\s+)?(?:article|story)(?:\s+\d{1,2}\s*min(?:ute)?s?)?|\d{1,3}[\s-]*min(?:ute)?s?\s+(?:read|listen)|reading\s+time\W*\d{1,3}\s*min(?:ute)?s?|(?:gift|save|print|bookmark|share)\s+(?:this\s+)?(?:article|story|page)|add\s+to\s+(?:your\s+)?saved\s+(?:stories|articles|items)|leave\s+a\s+(?:comment|reply)|download\s+(?:our|the)\s+(?:[\w&'’-]+\s+){0,3}apps?)\W*$", 1.0, 60),
        ("navigation", r"^\W*(?:tags?|topics?|filed\s+under|categories|related\s+topics)\s*:\s*[\w&'’ -]{1,40}(?:\s*[,|]\s*[\w&'’ -]{1,40}){0,12}\W*$", 1.0, 250),
        # list labels alone on a line ("navigation", not "related-link": a related-link label
        # takes the headline under it, and a "Trending" list often sits right above the article's)
        ("navigation", r"^\W*(?:recommended\s+for\s+you|most\s+(?:popular|read|viewed|shared)|trending(?:\s+now)?|editor['’]?s\s+picks?|top\s+stories)\W*$", 1.0, 40),
        ("share", r"^\W*(?:enjoyed|liked|like)\s+this\s+(?:article|story|post)\?", 1.0, 200),
        ("subscription", r"^\W*sign\s+up\s+here\W*$", 1.0, 20),
        # --- e-mail newsletters: the lines around the letter ---------------------------------
        # (few new literals: each one the table adds is one more scan of every English
        # document; "mail", "newsletter", "this" and "contact" are the table's already, and
        # the rules that need them read no longer texts than the table's other rules do:
        # a literal's hits are collected up to the longest text its rules read)
        ("navigation", r"^\W*(?:view|read|open|see)\s+(?:this\s+(?:e-?mail|newsletter|message|issue)\s+|it\s+)?(?:in|on)\s+(?:your|a|the)\s+(?:web\s+)?browser\W*$", 1.0, 80),
        ("navigation", r"^\W*(?:having\s+trouble|problems?|trouble|can['’]?t\s+see|unable\s+to\s+(?:see|view|read))\s+(?:(?:viewing|seeing|reading)\s+)?(?:this|the)\s+(?:e-?mail|newsletter)\b", 1.0, 120),
        ("share", r"^\W*forward\s+(?:this\s+(?:e-?mail|newsletter|message)\s+)?to\s+a\s+(?:friend|colleague)\W*$", 1.0, 60),
        ("subscription", r"^\W*(?:was\s+this|this\s+(?:e-?mail|newsletter)\s+was)\s+forward(?:ed)?\s+to\s+you\b", 1.0, 200),
        ("subscription", r"^\W*unsubscribe\b", 1.0, 200),
        ("subscription", r"^\W*you\s+(?:are\s+receiving|received|have\s+received|are\s+getting|got)\s+this\s+(?:e-?mail|newsletter)\b", 1.0, 200),
        ("subscription", r"^\W*this\s+(?:e-?mail|newsletter)\s+was\s+sent\s+to\b", 1.0, 200),
        ("subscription", r"\bunsubscribe\b", 0.6, 300),
        # --- press releases: the release line, the end mark, the media contact --------------------
        ("press-release", r"^\W*for\s+immediate\s+release(?:\s*[:|\-–—]\s*[^.!?\n]{0,40})?\W*$", 1.0, 80),
        ("press-release", r"^\s*###\s*$", 1.0, 40),
        ("press-release", r"^\W*(?:media|press|investor)\s+contacts?\s*:", 1.0, 80),
        # (contact lines: weak, removed only next to a line above: a name with an address, a
        # phone number alone, with its "+": "2005-02-04" is a date)
        ("press-release", r"^[\w .,'’()-]{0,60}?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\W*$", 0.4, 120),
        ("press-release", r"^\s*\+\d[\d ()./-]{6,20}\d\s*$", 0.4, 40),
        # --- round 3 genres: a wiki page copied as text, e-mail and list archives, forums, shops
        # (literal spaces, not "\s+", where a phrase is the rule: the scorer then looks for the
        # phrase, "jump to ", "sent from my ", not for a common word, "content", "sent")
        ("navigation", r"^\W*from wikipedia, the free encyclopedia\W*$", 1.0, 60),
        ("navigation", r"^\W*jump to (?:navigation|search|content)(?:\s+jump to (?:navigation|search))?\W*$", 1.0, 60),
        ("navigation", r"^\W*retrieved from [\"“”]?https?://\S+\W*$", 1.0, 300),
        ("navigation", r"^\W*this page was last (?:edited|modified) on\b[^.]{0,60}\.?\s*$", 1.0, 120),
        ("email-footer", r"^\W*sent from my (?:iphone|ipad|android|samsung|galaxy|mobile(?:\s+(?:device|phone))?|phone|blackberry|smartphone)\b[\w ]{0,30}\W*$", 1.0, 60),
        ("email-footer", r"^\W*get outlook for (?:ios|android)\W*$", 1.0, 40),
        ("email-footer", r"^[\w .-]{1,40} mailing list(?:\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?\W*$", 1.0, 120),
        ("navigation", r"^\W*(?:previous message|next message|messages sorted by)\s*:", 1.0, 400),
        # a forum post's and a shop's buttons and counters (whole short lines)
        ("navigation", r"^\W*(?:reply|quote|like|report|multi-?quote)(?:\s*\(\d{1,5}\))?(?:\s+(?:reply|quote|like|report|multi-?quote|share)(?:\s*\(\d{1,5}\))?){0,4}\W*$", 1.0, 30),
        ("navigation", r"^\W*(?:joined|posts|member since|registered|reputation)\s*:\s*[\w ,.]{1,20}$", 1.0, 40),
        ("navigation", r"^\W*(?:add to (?:basket|cart|bag|trolley|wish\s*list|favou?rites|compare|calendar)|buy (?:it )?now|book (?:tickets|now)|in stock|out of stock|customers also (?:bought|viewed)|share this (?:event|product|item))\W*$", 1.0, 40),
        ("advertisement", r"^\W*(?:free delivery on|free shipping on) (?:all\s+)?orders\s+(?:over|above|from)\b[^.!?]{0,30}\W*$", 1.0, 80),
        # session 9 (full-page dumps): click prompts, comment-box login lines, 'liked this article?'
        ("navigation", r"^\W*you\s+must\s+(?:be\s+)?log(?:ged)?\s*in\s+to\s+(?:post|leave|write|add|submit)\s+a\s+(?:comment|reply)\b", 1.0, 150),
        ("navigation", r"^\W*(?:as\s+you\s+comment|when\s+(?:submitting|posting)\s+(?:content|comments?|a\s+comment))\s*,\s*please\b", 1.0, 700),
        ("photo-credit", r"^\W*image\s+copyright\s+[^\n]{1,80}?\s+image\s+caption\b", 1.0, 400),
        ("navigation", r"^\W*citation\s*:.{1,300}?\bretrieved\s+.{1,60}?\bfrom\s+https?://", 1.0, 700),
        ("related-link", r"^\W*(?:also\s+on\s+[\w-]+\.(?:com|org|net|co\.uk|ru|de|fr)\b|on\s+[\w-]+\.(?:com|org|net|co\.uk)\s*:)", 1.0, 300),
        ("contributor-note", r"^\W*(?:have|got)\s+a\s+(?:news\s+|story\s+)?tip\?", 1.0, 300),
        ("subscription", r"^\W*if\s+you\s+(?:enjoyed|liked|appreciated|valued)\s+this\s+(?:article|story|post|piece)\b", 1.0, 400),
        ("subscription", r"(?:^|[.!?]\s+)(?:click|tap)\s+(?:here\s+)?to\s+subscribe\W*$", 1.0, 300),
        ("subscription", r"^\W*no\s+spam(?:\s*[,.!]|\s+(?:ever|guaranteed|promised))", 1.0, 300),
        ("subscription", r"^\W*get\s+(?:breaking\s+(?:[\w-]+\s+)?news\b|news\s+alerts\b|the\s+day['’]s\s+(?:big|top)\s+stories\b)", 1.0, 300),
        # session 9 (full-page dumps): page widgets, disclaimers, credits after a caption
        ("navigation", r"\bplease\s+enable\s+javascript\s+to\s+view\s+the\s+comments\b", 1.0, 400),
        ("navigation", r"^\W*this\s+site\s+is\s+protected\s+by\s+recaptcha\b", 1.0, 300),
        ("subscription", r"^\W*(?:there\s+was\s+(?:a\s+problem|an\s+error)\s+(?:subscribing|signing)\s+you\b|please\s+check\s+the\s+opt-?in\s+box\b|keep\s+an\s+eye\s+on\s+your\s+inbox\b)", 1.0, 300),
        ("disclosure", r"\b(?:if you (?:buy|purchase) something through\s+(?:our\s+|recommended\s+|these\s+|this\s+)?(?:links?|post|article|site)|may\s+earn\s+an?\s+affiliate commission)\b", 1.0, 400),
        ("disclosure", r"^\W*(?:disclaimer\s*:\s*)?(?:the\s+)?(?:views|opinions)\s+(?:and\s+[\w ]{1,30}\s+)?expressed\b.{0,150}?\b(?:are\s+(?:their|his|her|the\s+author['’]s)\s+own|are\s+(?:solely\s+)?those\s+of\s+the\s+(?:authors?|writers?|contributors?)|do\s+not\s+(?:necessarily\s+)?(?:reflect|represent)\s+(?:those|the\s+views?)\s+of\s+(?:the\s+)?(?:website|site|publisher|management|company|newspaper|editors?))", 1.0, 500),
        ("photo-credit", r"[.!?)]\s+(?:image\s+|photo\s+)?credits?\s*:\s*[^.!?\n]{1,60}$", 1.0, 400),
        ("photo-credit", r"^\W*file\s+(?:photo|picture|image)\s*:", 1.0, 300),
        ("navigation", r"(?:^|\s[/|]\s*)\d{1,5}\s+(?:comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties|komentarz[ey]?|kommentarer|комментари\w{0,2})\s*[/|]", 1.0, 200),
        # session 9 (lead): a loader's placeholder, "Image credit: …" (an attribution line,
        # "This article was originally published by …", stays: tests/test_patterns_en_tools.py)
        ("navigation", r"^\W*(?:like\s+)?loading\W*$", 1.0, 25),  # (WordPress: "Like Loading...")
        ("photo-credit", r"^\W*(?:image|photo|picture|video|illustration)\s+credits?\s*:\s*\S", 1.0, 200),
        # session 10: a recipe page's widgets ("Jump to Recipe · Print Recipe", "Rate this recipe")
        ("navigation", r"^\W*(?:(?:jump\s+to|print|pin|save|rate)\s+(?:this\s+)?recipe)(?:\W+(?:(?:jump\s+to|print|pin|save|rate)\s+(?:this\s+)?recipe))*(?:[\W★☆]*)$", 1.0, 60),
        ("share", r"^\W*did\s+you\s+(?:make|try|bake|cook)\s+this\s+recipe\s*\?", 1.0, 150),
        # session 10: a documentation page's and a blog's navigation links (alone, or as links)
        ("navigation", r"^\W*\[?\s*(?:edit\s+(?:this\s+)?page(?:\s+on\s+git(?:hub|lab))?|improve\s+this\s+(?:page|doc)|view\s+(?:page\s+)?source|suggest\s+(?:an?\s+)?edits?)\s*\]?(?:\([^()\s]{0,300}\))?\W*$", 1.0, 340),
        ("navigation", r"^(?:\W*\[?\s*[←«‹]?\s*(?:previous|prev|next|older|newer)(?:\s+(?:post|posts|page|article|entry|entries|chapter))?\s*[→»›]?\s*\]?(?:\([^()\s]{0,300}\))?){1,2}\W*$", 1.0, 400),
        # a forum's post footer (SMF: "Report to moderator   Logged", "« Last Edit: … by … »") and a
        # poster's box on one line ("Posted by: kim | Joined: Jan 2021 | Posts: 1,532")
        ("navigation", r"^\W*(?:report\s+to\s+moderator|logged)(?:\s+(?:report\s+to\s+moderator|logged))*\W*$", 1.0, 60),
        ("navigation", r"^\W*«?\s*last\s+edit\s*:[^\n]{1,80}?\bby\s+\S{1,40}\s*»?\W*$", 1.0, 140),
        ("navigation", r"\bjoined\s*:\s*[\w ,.]{1,20}?\s*[|•·]\s*posts\s*:\s*[\d,.]{1,9}\b", 1.0, 160),
        # a newsletter's sign-off and a wire's standards line
        ("share", r"^\W*thanks\s+for\s+reading\W+(?:forward|share)\s+(?:this|it)\s+(?:e-?mail\s+|newsletter\s+)?(?:to|with)\s+a\s+(?:friend|colleague)", 1.0, 200),
        ("disclosure", r"^\W*our\s+standards\s*:\s*the\s+thomson\s+reuters\s+trust\s+principles\W*$", 1.0, 80),
        # session 10: account links alone on a line (a page dump's header)
        ("navigation", r"^\W*(?:sign\s+in|sign\s+out|log\s*in|log\s*out|sign\s+up|my\s+account|create\s+(?:an\s+)?account|register)\W*$", 1.0, 30),
        # session 11: a syndication credit or a source credit alone on a line (not prose that names a source)
        ("credit", r"^\W*(?:this\s+(?:article|story|post|piece|essay)\s+(?:was\s+)?(?:originally|first)\s+(?:published|appeared)|originally\s+published)\s+(?:by|on|in|at|with)(?:\s+(?:\d{1,2},|[^\s!?,]*[^\s!?,.])){1,6}[.!]?\W*$", 1.0, 160),
        ("credit", r"^\W*source\s*:\s*[\w.&'’/-]+(?:\s+[\w.&'’/-]+){0,4}\W*$", 1.0, 60),
        # session 12: a forum reply's header (SMF: "« Reply #3 on: March 12, 2024, 09:30:44 PM »")
        ("navigation", r"^\W*(?:re:\s[^\n]{1,120}?\s)?«?\s*reply\s+#\d{1,6}\s+on\s*:\s*[^\n]{0,40}?(?:\d{4}|today|yesterday)[^\n]{0,20}?\s*»?\W*$", 1.0, 200),
        # session 13: social posts and job boards copied as text: a thread's and a post's buttons
        # alone on a line ("Show this thread", "…see more", "Like Comment Repost Send"), their
        # counters ("1.2K Reposts 3.4K Likes", "1,284 · 97 comments · 12 reposts"), a job
        # board's buttons ("Apply now", "Report this job") and a help page's vote ("Was this
        # answer helpful? Yes No")
        ("navigation", r"^\W*(?:show\s+this\s+thread|show\s+(?:more|less)|(?:…|\.\.\.)?\s*see\s+(?:more|less)|(?:easy\s+)?apply\s+now|save\s+(?:this\s+)?job|report\s+this\s+(?:job|post|profile)|(?:like|comment|repost|reply|share|send)(?:\s+(?:like|comment|repost|reply|share|send)){2,})\W*$", 1.0, 40),
        ("navigation", r"^[\W\u0300-\u036f\u20d0-\u20ff\ufe00-\ufe0f]*(?:\d[\d.,]*[km]?\s*[·•]\s*)?(?:\d[\d.,]*\s*[km]?\s+(?:reposts?|retweets?|quotes?|likes?|bookmarks?|views?|comments?|replies|reactions?)\b[\s·•,]*){2,}(?:(?:like|comment|repost|reply|share|send)\s*){0,6}\W*$", 1.0, 160),
        ("navigation", r"^\W*(?:was\s+this\s+(?:answer|article|page|information|post)\s+(?:helpful|useful)\s*\?\s*(?:yes\s*(?:[/|·]\s*)?no)?|still\s+have\s+(?:a\s+)?questions?\s*\?\s*(?:contact\s+us|get\s+in\s+touch|ask\s+us))\W*$", 1.0, 60),
        # an RFC's page footer and running head ("Doe   Informational   [Page 1]", "RFC 9999
        # Sensor Line Protocol   April 2024")
        ("page-furniture", r"^\S[^\n]{0,80}?\s\[page\s+\d{1,4}\]$", 1.0, 100),
        ("page-furniture", r"^(?:RFC|Internet-Draft)\s+(?:\d{1,5}\s+)?\S[^\n]{0,70}?\s(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:\d{1,2},\s+)?\d{4}$", 1.0, 120),
    ],
    "byline_prefixes": ["By", "Written by", "Words by", "Story by", "Posted by", "Author", "Authors", "Reported by"],
    "byline_suffixes": [],
    "name_joiners": ["and"],
    "months": {
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    },
    "updated_words": ["updated", "last updated", "modified", "last modified", "edited", "corrected"],
    "published_words": ["published", "posted", "first published", "published on", "date", "released"],
    "source_labels": ["original url", "original link", "source url", "source", "originally published at",
                      "originally published on", "read the original", "canonical url", "url", "link"],
    "list_labels": ["keywords", "key words", "index terms", "jel codes", "jel classification", "subject terms"],
    # a quoted post's or message's header line: the quoted text starts under it (layout)
    "quote_headers": [
        r"^\W*quote\s+from\s*:\s*\S.{0,120}$",
        r"^\W*originally\s+posted\s+by\s*:?\s*\S.{0,60}$",
        r"^(?:\S{1,40}|.{0,120}[\d@<>].{0,120})\s+wrote\s*:\s*$",
    ],
    "suspended_hyphen_joiners": ["and", "or", "nor", "to", "as well as", "&"],
    # page dumps: a line that opens the comment section (the article ends before it; page-dump)
    "comment_markers": [
        r"^\W*(?:\d+\s+)?(?:comments?|responses?|replies|reactions)\W*$",
        r"^\W*(?:top[- ]rated|all|recent|newest|oldest|latest|reader|view|show|load|read|see)\s+(?:\d+\s+)?(?:\w+\s+)?(?:comments?|replies)\b",
        r"^\W*(?:leave|post|add|write|submit)\s+(?:a|your)\s+(?:comment|reply|response)\b",
        r"^\W*(?:join|start)\s+the\s+(?:discussion|conversation)\b",
        r"^\W*\d+\s+(?:comments?|responses?|replies|thoughts)\s+(?:on|to)\b",
        r"\b\d+\s+comments?\W*$",
        r"^\W*comments\s+are\s+closed\b",
    ],
}
