"""Spanish pattern table (see :mod:`textclean.patterns` for the keys)."""

from __future__ import annotations

from typing import Any

TABLE: dict[str, Any] = {
    "boilerplate": [
        ("subscription", r"^\W*suscr[ií]b(?:ete|ase|irse)\b", 1.0, 200),
        ("subscription", r"\bsuscr[ií]bete\s+(?:a|al)\s+(?:nuestro|nuestra)\b", 1.0, 300),
        ("subscription", r"^\W*(?:ya\s+(?:eres|soy)\s+suscriptor|inicia\s+sesi[oó]n\s+para\s+seguir)", 1.0, 300),
        ("donate", r"^\W*(?:dona|donar|haz\s+una\s+donaci[oó]n)\b", 1.0, 200),
        ("donate", r"\bapoya\s+(?:el|nuestro)\s+periodismo\b", 1.0, 400),
        ("related-link", r"^\W*(?:te\s+puede\s+interesar|lee\s+tambi[eé]n|noticias\s+relacionadas|art[ií]culos\s+relacionados|m[aá]s\s+informaci[oó]n|relacionado)\b\W*(?::|$|\w)", 1.0, 300),
        ("share", r"^\W*(?:comparte|compartir|s[ií]guenos)\b", 1.0, 150),
        ("cookie", r"\b(?:este\s+sitio(?:\s+web)?|utilizamos|usamos)\s+(?:utiliza\s+)?cookies\b", 1.0, 500),
        ("copyright", r"\btodos\s+los\s+derechos\s+reservados\b", 1.0, 300),
        ("photo-credit", r"^\W*(?:foto|fotograf[ií]a|imagen)\s*:", 1.0, 250),
        ("photo-credit", r"[.!?]\s+(?:foto|fotograf[ií]a|imagen)\s*:\s*[\w .,&/-]{1,50}$", 1.0, 250),
        ("contributor-note", r"^\W*con\s+informaci[oó]n\s+de\b[\w .,&/-]{1,80}\W*$", 1.0, 200),
        # an advert slot's label and page navigation left in the text (whole lines only)
        ("advertisement", r"^\W*(?:publicidad|contenido\s+patrocinado)\W*$", 1.0, 30),
        ("navigation", r"^\W*(?:volver\s+(?:arriba|al\s+inicio|a\s+la\s+portada)|ir\s+al\s+contenido(?:\s+principal)?)\W*$", 1.0, 40),
        # reading time, a breadcrumb trail from the home page, a share bar's copy-link button
        ("navigation", r"^\W*(?:tiempo\s+(?:estimado\s+)?de\s+lectura\s*:?\s*\d{1,3}\s*min\w*\.?|\d{1,3}\s*min(?:utos?|\.)?\s+de\s+lectura|lectura\s*:?\s*\d{1,3}\s*min\w*\.?|escuchar\s+(?:este\s+|esta\s+)?(?:artículo|noticia))\W*$", 1.0, 60),
        ("navigation", r"^\W*(?:inicio|portada)(?:\s*[|/•·>»›]\s*\w[\w'’ -]{0,25}){1,}\W*$", 1.0, 200),
        ("share", r"^\W*(?:copiar\s+(?:el\s+)?enlace|enlace\s+copiado)\W*$", 1.0, 40),
        # a wiki page copied as text; e-mail
        ("navigation", r"^\W*de\s+wikipedia,\s+la\s+enciclopedia\s+libre\W*$", 1.0, 60),
        ("navigation", r"^\W*ir\s+a\s+la\s+(?:navegación|búsqueda)(?:\s+ir\s+a\s+la\s+(?:navegación|búsqueda))?\W*$", 1.0, 60),
        ("email-footer", r"^\W*enviado\s+desde\s+mi\s+(?:iphone|ipad|android|samsung|smartphone|móvil|celular)\b[\w ]{0,30}\W*$", 1.0, 60),
        # session 9 (full-page dumps): click prompts, comment-box login lines, 'liked this article?'
        ("navigation", r"^\W*(?:(?:haz|haga)\s+(?:clic|click)\s+aqu[ií]|(?:pulsa|pulse|pincha|pinche)\s+aqu[ií])\b", 1.0, 200),
        ("navigation", r"^\W*(?:debes|debe|tienes\s+que|tiene\s+que)\s+(?:estar\s+)?(?:registrad[oa]|conectad[oa]|identificad[oa]|iniciar\s+sesi[oó]n)\s+para\s+(?:publicar\s+un\s+|dejar\s+un\s+|escribir\s+un\s+)?coment(?:ar|ario)", 1.0, 200),
        ("share", r"^\W*te\s+(?:ha\s+)?gust(?:ó|ado)\s+(?:este|esta|el|la)\s+(?:artículo|nota|noticia|contenido|reportaje)\s*\?", 1.0, 200),
        # session 9 (full-page dumps): page widgets, disclaimers, credits after a caption
        ("disclosure", r"\b(?:las\s+)?opiniones\s+(?:expresadas|vertidas)\b.{0,100}?\b(?:son\s+(?:de\s+)?(?:(?:la\s+)?(?:exclusiva\s+)?responsabilidad\s+(?:exclusiva\s+)?de\s+)?(?:sus|los|el|la)\s+autor|no\s+reflejan\s+necesariamente)", 1.0, 400),
        # session 9 (lead): "Crédito: EFE/Juan Pérez" (a credit line: no figures)
        ("photo-credit", r"^\W*cr[eé]ditos?(?:\s+(?:de\s+)?(?:la\s+)?(?:foto(?:graf[ií]a)?|imagen))?\s*:\s*[^\d\n]{1,60}$", 1.0, 80),
        # session 10: paywall labels, account links alone on a line
        ("subscription", r"^\W*(?:(?:este\s+)?(?:contenido|artículo|art[ií]culo)\s+(?:es\s+)?)?exclusivo\s+para\s+(?:suscriptores|suscriptoras|abonados)\W*$", 1.0, 100),
        ("navigation", r"^\W*(?:iniciar\s+sesi[oó]n|cerrar\s+sesi[oó]n|mi\s+cuenta|reg[ií]strate|registrarse|crear\s+(?:una\s+)?cuenta|acceder|entrar)\W*$", 1.0, 30),
        # session 11: una nota de publicación original o de fuente sola en su línea
        ("credit", r"^\W*(?:este\s+(?:artículo|texto|reportaje)\s+(?:fue|ha\s+sido)\s+publicado\s+(?:originalmente|inicialmente)|publicado\s+originalmente)\s+(?:en|por)(?:\s+(?:\d{1,2},|[^\s!?,]*[^\s!?,.])){1,6}[.!]?\W*$", 1.0, 160),
        ("credit", r"^\W*fuente\s*:\s*[\w.&'’/-]+(?:\s+[\w.&'’/-]+){0,4}\W*$", 1.0, 60),
        # session 12: a site's footer links and an article's tools alone on a line (a row of
        # them is read item by item)
        ("navigation", r"^\W*(?:aviso\s+legal|pol[ií]tica\s+de\s+(?:privacidad|cookies)|configuraci[oó]n\s+de\s+cookies|t[eé]rminos\s+(?:y\s+condiciones|de\s+uso)|condiciones\s+de\s+uso|contacto|cont[aá]ctanos|qui[eé]nes\s+somos|sobre\s+nosotros|mapa\s+del\s+sitio|accesibilidad|publicidad|imprimir(?:\s+(?:el\s+)?art[ií]culo|\s+(?:esta\s+)?noticia)?|enviar\s+por\s+(?:e-?mail|correo)|guardar\s+(?:el\s+)?art[ií]culo)[^\w.!?]*$", 1.0, 40),
        # session 13: an official gazette's page head ("Núm. 142 Miércoles 12 de junio de 2024
        # Sec. III. Pág. 67890") and its verification code ("Verificable en https://… cve: …")
        ("page-furniture", r"^núm\.\s*\d{1,5}\s+[^\n]{0,80}?\bpág\.\s*\d{1,6}$", 1.0, 120),
        ("page-furniture", r"^(?:verificable\s+en\s+\S{4,80}\s*)?cve\s*:\s*[a-z]{2,8}(?:-[a-z0-9]{1,8}){1,4}$", 1.0, 120),
    ],
    "byline_prefixes": ["Por"],
    "byline_suffixes": [],
    "name_joiners": ["y", "e"],
    "months": {
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
        "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    },
    "updated_words": ["actualizado", "actualización", "última actualización"],
    "published_words": ["publicado", "publicado el", "fecha"],
    "source_labels": ["fuente", "url original", "publicado originalmente en"],
    "list_labels": ["palabras clave", "palabras-clave", "códigos jel", "clasificación jel"],
    # a quoted post's or message's header line: the quoted text starts under it (layout)
    "quote_headers": [
        r"^\W*cita(?:\s+de)?\s*:\s*\S.{0,120}$",
        r"^(?:\S{1,40}|.{0,120}[\d@<>].{0,120})\s+(?:escribió|ha\s+escrito)\s*:\s*$",
    ],
    "suspended_hyphen_joiners": ["y", "o", "e", "u"],
    "comment_markers": [
        r"^\W*(?:\d+\s+)?(?:comentarios?|respuestas)\W*$",
        r"^\W*(?:deja|dejar|escribe|añade)\s+(?:un|una|tu)\s+(?:comentario|respuesta)\b",
        r"^\W*(?:ver|mostrar|leer)\s+(?:los\s+)?(?:\d+\s+)?comentarios\b",
        r"\b\d+\s+comentarios?\W*$",
    ],
}
