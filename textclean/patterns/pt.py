"""Portuguese pattern table, European and Brazilian (see :mod:`textclean.patterns` for the keys).

Line-starting labels are anchored (``^\\W*``) and short-limited.  Infinitives that also start
prose ("Partilhar dados pessoais é arriscado.", "Colaborou com a polícia durante anos.") only
count as a whole label or before a capitalised name.
"""

from __future__ import annotations

from typing import Any

TABLE: dict[str, Any] = {
    "boilerplate": [
        # --- subscription, paywall, newsletter -------------------------------
        ("subscription", r"^\W*(?:assine|subscreva|inscreva-se|cadastre-se|registe-se|registre-se)\b", 1.0, 200),
        ("subscription", r"^\W*(?:assinar|assinaturas?)\W*$", 1.0, 40),
        ("subscription", r"\b(?:assine|subscreva|receba|inscreva-se\s+(?:em|na|n[oa]s?))\s+(?:a\s+|na\s+)?(?:nossa\s+)?newsletter\b", 1.0, 300),
        ("subscription", r"^\W*(?:já\s+(?:é|sou)\s+assinante|seja\s+(?:um\s+)?assinante|(?:este\s+)?conteúdo\s+(?:é\s+)?exclusivo\s+para\s+assinantes)", 1.0, 300),
        # --- donations -------------------------------------------------------
        ("donate", r"^\W*(?:faça\s+uma\s+doação|doe\s+(?:agora|já))\b", 1.0, 200),
        ("donate", r"\bapoie\s+(?:o\s+)?(?:nosso\s+)?(?:jornalismo|trabalho\s+jornalístico)\b", 1.0, 400),
        # --- related-story links ----------------------------------------------
        ("related-link", r"^\W*(?:leia\s+(?:também|mais|a\s+seguir)|veja\s+também|saiba\s+mais|notícias\s+relacionadas|artigos\s+relacionados)\b\W*(?::|$|\w)", 1.0, 300),
        ("related-link", r"^\W*(?:relacionad[oa]s?|mais\s+lidas|veja\s+mais|recomendados)\W*(?::|$)", 1.0, 300),
        # --- share / follow ---------------------------------------------------
        ("share", r"^\W*(?:compartilhe|partilhe|siga-nos)\b", 1.0, 150),
        ("share", r"^\W*(?:compartilhar|partilhar)(?:\s+(?:no|na|por|via|em)\s+\w+|\s+(?:este|esta)\s+(?:artigo|notícia|matéria))?\W*$", 1.0, 80),
        ("share", r"^\W*siga\s+(?:o|a)\s+[\w .'’-]{1,40}?\s+n[oa]\s+(?:google\s+news|facebook|instagram|x|twitter|telegram|whatsapp|tiktok|youtube|linkedin)\W*$", 1.0, 120),
        ("share", r"^\W*receba\s+(?:as\s+)?(?:notícias|novidades)\b.{0,60}?\b(?:whatsapp|telegram|e-?mail)\W*$", 1.0, 150),
        ("share", r"^\W*(?:baixe|descarregue)\s+(?:o\s+)?(?:nosso\s+)?app\b", 1.0, 150),
        # --- page furniture: ad labels, reading time, audio player, widget headings -----
        ("navigation", r"^\W*(?:publicidade|continua\s+(?:após|depois\s+d[ao])\s+(?:a\s+)?publicidade|continue\s+lendo|ouvir\s+(?:este\s+|esta\s+)?(?:artigo|notícia|matéria)|tempo\s+de\s+leitura\s*:?\s*\d+\s*min\w*|últimas\s+notícias)\W*$", 1.0, 60),
        # --- cookies ------------------------------------------------------------
        ("cookie", r"\b(?:este\s+(?:site|sítio)\s+(?:utiliza|usa)|utilizamos|usamos)\s+cookies\b", 1.0, 500),
        ("cookie", r"^\W*(?:aceitar|rejeitar|aceito|gerir|gerenciar)(?:\s+todos)?(?:\s+os)?\s+cookies\W*$", 1.0, 100),
        # --- copyright ----------------------------------------------------------
        ("copyright", r"\btodos\s+os\s+direitos\s+reservados\b", 1.0, 300),
        # --- photo captions and credits ------------------------------------------
        ("photo-credit", r"^\W*(?:foto|fotografia|imagem|crédito(?:\s+da\s+foto)?|fonte)\s*:", 1.0, 250),
        ("photo-credit", r"[.!?]\s+(?:foto|imagem)\s*:\s*[\w .,&/-]{1,50}$", 1.0, 250),
        # --- contributor notes ----------------------------------------------------
        ("contributor-note", r"^\W*com\s+(?:a\s+)?(?:lusa|agências|reuters|afp|ap|efe|agência\s+brasil|estadão\s+conteúdo|folhapress)\W*$", 1.0, 100),
        # "Colaborou Maria Silva": capitalised names only
        ("contributor-note", r"^\W*colabor(?:ou|aram)\s+(?-i:[A-ZÀ-Ý])[\w'’.-]*(?:,?\s+(?:(?-i:[A-ZÀ-Ý])[\w'’.-]*|de|da|do|dos|das|e))*\W*$", 1.0, 200),
        # reading time, a breadcrumb trail from the home page, a share bar's copy-link button
        ("navigation", r"^\W*(?:\d{1,3}\s*min(?:utos?|\.)?\s+de\s+leitura|leitura\s*:?\s*\d{1,3}\s*min\w*\.?)\W*$", 1.0, 60),
        ("navigation", r"^\W*(?:início|inicio|página\s+inicial)(?:\s*[|/•·>»›]\s*\w[\w'’ -]{0,25}){1,}\W*$", 1.0, 200),
        ("share", r"^\W*(?:copiar\s+(?:o\s+)?link|link\s+copiado)\W*$", 1.0, 40),
        # session 9 (full-page dumps): click prompts, comment-box login lines, 'liked this article?'
        ("navigation", r"^\W*clique\s+(?:aqui|no\s+link|e\s+(?:veja|saiba|confira|leia|acesse)|n[ao]s?\s+(?:imagem|imagens|foto|fotos|banner|botão)\b[^.!?\n]{0,60}?\s+e\s+(?:veja|saiba|confira|leia|acesse))\b", 1.0, 300),
        ("navigation", r"^\W*(?:atenção\s*:\s*)?(?:os\s+)?comentários\s+(?:com|que|contendo|ofensivos)\b.{0,200}?\bmodera", 1.0, 300),
        ("navigation", r"^\W*(?:você\s+)?(?:precisa|deve|tem\s+de|tem\s+que)\s+(?:estar\s+)?(?:logad[oa]|conectad[oa]|autenticad[oa]|fazer\s+login|iniciar\s+sessão)\s+para\s+(?:publicar\s+um\s+|deixar\s+um\s+|fazer\s+um\s+|escrever\s+um\s+)?coment(?:ar|ário)", 1.0, 200),
        ("share", r"^\W*gostou\s+(?:dest[ea]|d[oa])\s+(?:artigo|matéria|notícia|post|conteúdo|texto|reportagem)\s*\?", 1.0, 200),
        # session 9 (full-page dumps): page widgets, disclaimers, credits after a caption
        ("disclosure", r"\bopiniões\s+(?:expressas|emitidas|manifestadas)\b.{0,100}?\b(?:são\s+de\s+(?:inteira\s+|exclusiva\s+)?responsabilidade|não\s+refletem\s+necessariamente)", 1.0, 400),
        # session 10: paywall labels, account links alone on a line
        ("subscription", r"^\W*exclusivo\s+para\s+assinantes\W*$", 1.0, 40),
        ("navigation", r"^\W*(?:entrar|sair|iniciar\s+sess[ãa]o|minha\s+conta|cadastre-se|registe-se|registre-se|criar\s+(?:uma\s+)?conta)\W*$", 1.0, 30),
        # session 12: a site's footer links and an article's tools alone on a line (a row of
        # them is read item by item)
        ("navigation", r"^\W*(?:aviso\s+legal|pol[ií]tica\s+de\s+(?:privacidade|cookies)|termos\s+(?:de\s+uso|e\s+condições|de\s+serviço)|fale\s+conosco|contato|contactos?|quem\s+somos|sobre\s+nós|mapa\s+do\s+site|acessibilidade|publicidade|anuncie|expediente|imprimir(?:\s+(?:o\s+)?artigo|\s+(?:esta\s+)?(?:not[ií]cia|matéria))?|enviar\s+por\s+e-?mail|salvar\s+(?:o\s+)?artigo)[^\w.!?]*$", 1.0, 40),
    ],
    "byline_prefixes": ["Por", "Autor", "Autora", "Texto", "Texto de"],
    "byline_suffixes": [],
    "name_joiners": ["e"],
    # (no "marco", "set" and "out": the name Marco, "2. Set the oven", "3. Out of stock" would
    # read as dates, not list items)
    "months": {
        "janeiro": 1, "fevereiro": 2, "fev": 2, "março": 3, "abril": 4, "abr": 4, "maio": 5, "mai": 5,
        "junho": 6, "julho": 7, "agosto": 8, "ago": 8, "setembro": 9, "outubro": 10,
        "novembro": 11, "dezembro": 12, "dez": 12,
    },
    "updated_words": ["atualizado", "atualizado em", "actualizado", "actualizado em", "última atualização", "atualização", "modificado"],
    "published_words": ["publicado", "publicado em", "data", "data de publicação"],
    "source_labels": ["fonte", "url original", "artigo original", "publicado originalmente em"],
    "list_labels": ["palavras-chave", "palavras chave"],
    # a quoted post's or message's header line: the quoted text starts under it (layout)
    "quote_headers": [
        r"^\W*citação(?:\s+de)?\s*:\s*\S.{0,120}$",
        r"^(?:\S{1,40}|.{0,120}[\d@<>].{0,120})\s+escreveu\s*:\s*$",
    ],
    "suspended_hyphen_joiners": ["e", "ou"],
    "comment_markers": [
        r"^\W*(?:\d+\s+)?(?:comentários?|respostas)\W*$",
        r"^\W*(?:deixe|deixar|escreva|adicione)\s+(?:um|o\s+seu|seu)\s+comentário\b",
        r"^\W*(?:ver|mostrar|ler)\s+(?:os\s+)?(?:\d+\s+)?comentários\b",
        r"\b\d+\s+comentários?\W*$",
    ],
}
