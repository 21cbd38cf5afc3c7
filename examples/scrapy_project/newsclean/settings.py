"""Settings for the example project: the textclean pipeline is all that is special here."""

BOT_NAME = "newsclean"
SPIDER_MODULES = ["newsclean.spiders"]
NEWSPIDER_MODULE = "newsclean.spiders"

ITEM_PIPELINES = {"textclean.integrations.scrapy.TextCleanPipeline": 500}
TEXTCLEAN_INPUT_FIELD = "html"  # default: "html" when the item has it, else "text"
TEXTCLEAN_URL_FIELD = "url"
TEXTCLEAN_OUTPUT_FIELD = "textclean"
TEXTCLEAN_QUOTES = "straight"
TEXTCLEAN_DISABLE: list[str] = []

ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.25
AUTOTHROTTLE_ENABLED = True
TELNETCONSOLE_ENABLED = False
FEED_EXPORT_ENCODING = "utf-8"
