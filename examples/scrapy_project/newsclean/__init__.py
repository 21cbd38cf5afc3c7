"""An example Scrapy project whose items are cleaned by textclean's item pipeline."""
