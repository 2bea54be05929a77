from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = None

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_negotiation = resolve('negotiation')
    l_0_court = resolve('court')
    l_0_dates = resolve('dates')
    pass
    yield '<w:body xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mo="http://schemas.microsoft.com/office/mac/office/2008/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:mv="urn:schemas-microsoft-com:mac:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">\n<w:p><w:pPr><w:pStyle w:val="SKTitle"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.finalize(environment.getattr((undefined(name='negotiation') if l_0_negotiation is missing else l_0_negotiation), 'title')))
    yield '</w:t></w:r></w:p>'
    if environment.getattr((undefined(name='negotiation') if l_0_negotiation is missing else l_0_negotiation), 'note'):
        pass
        yield '\n<w:p><w:pPr><w:pStyle w:val="SKNote"/></w:pPr><w:r><w:t xml:space="preserve">'
        yield escape(environment.finalize(environment.getattr((undefined(name='negotiation') if l_0_negotiation is missing else l_0_negotiation), 'note')))
        yield '</w:t></w:r></w:p>'
    for l_1_line in environment.getattr((undefined(name='negotiation') if l_0_negotiation is missing else l_0_negotiation), 'party_block'):
        _loop_vars = {}
        pass
        yield '\n<w:p><w:pPr><w:pStyle w:val="SKParty"/></w:pPr><w:r><w:t xml:space="preserve">'
        yield escape(environment.finalize(l_1_line))
        yield '</w:t></w:r></w:p>'
    l_1_line = missing
    if environment.getattr((undefined(name='negotiation') if l_0_negotiation is missing else l_0_negotiation), 'account'):
        pass
        yield '\n<w:p><w:pPr><w:pStyle w:val="SKParty"/></w:pPr><w:r><w:t xml:space="preserve">账户：'
        yield escape(environment.finalize(environment.getattr((undefined(name='negotiation') if l_0_negotiation is missing else l_0_negotiation), 'account')))
        yield '</w:t></w:r></w:p>'
    if environment.getattr((undefined(name='negotiation') if l_0_negotiation is missing else l_0_negotiation), 'in_suit'):
        pass
        yield '\n<w:p><w:pPr><w:pStyle w:val="SKParty"/></w:pPr><w:r><w:t xml:space="preserve">案号：'
        yield escape(environment.finalize(environment.getattr((undefined(name='court') if l_0_court is missing else l_0_court), 'case_number')))
        yield '</w:t></w:r></w:p>'
    for l_1_line in environment.getattr((undefined(name='negotiation') if l_0_negotiation is missing else l_0_negotiation), 'counterparty_block'):
        _loop_vars = {}
        pass
        yield '\n<w:p><w:pPr><w:pStyle w:val="SKParty"/></w:pPr><w:r><w:t xml:space="preserve">'
        yield escape(environment.finalize(l_1_line))
        yield '</w:t></w:r></w:p>'
    l_1_line = missing
    yield '\n<w:p><w:pPr><w:pStyle w:val="SKHeading"/></w:pPr><w:r><w:t>申请事项：</w:t></w:r></w:p>'
    for l_1_text in environment.getattr((undefined(name='negotiation') if l_0_negotiation is missing else l_0_negotiation), 'requests'):
        _loop_vars = {}
        pass
        yield '\n<w:p><w:pPr><w:pStyle w:val="SKBody"/></w:pPr><w:r><w:t xml:space="preserve">'
        yield escape(environment.finalize(l_1_text))
        yield '</w:t></w:r></w:p>'
    l_1_text = missing
    yield '\n<w:p><w:pPr><w:pStyle w:val="SKHeading"/></w:pPr><w:r><w:t>事实和理由：</w:t></w:r></w:p>'
    for l_1_text in environment.getattr((undefined(name='negotiation') if l_0_negotiation is missing else l_0_negotiation), 'reasons'):
        _loop_vars = {}
        pass
        yield '\n<w:p><w:pPr><w:pStyle w:val="SKBody"/></w:pPr><w:r><w:t xml:space="preserve">'
        yield escape(environment.finalize(l_1_text))
        yield '</w:t></w:r></w:p>'
    l_1_text = missing
    yield '\n<w:p><w:pPr><w:pStyle w:val="SKBody"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.finalize(environment.getattr((undefined(name='negotiation') if l_0_negotiation is missing else l_0_negotiation), 'closing')))
    yield '</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKSalute"/></w:pPr><w:r><w:t>此致</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKAddressee"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.finalize(environment.getattr((undefined(name='negotiation') if l_0_negotiation is missing else l_0_negotiation), 'addressee')))
    yield '</w:t></w:r></w:p>'
    if environment.getattr((undefined(name='negotiation') if l_0_negotiation is missing else l_0_negotiation), 'attachments'):
        pass
        yield '\n<w:p><w:pPr><w:pStyle w:val="SKLead"/></w:pPr><w:r><w:t>附件：</w:t></w:r></w:p>'
    l_1_loop = missing
    for l_1_attachment, l_1_loop in LoopContext(environment.getattr((undefined(name='negotiation') if l_0_negotiation is missing else l_0_negotiation), 'attachments'), undefined):
        _loop_vars = {}
        pass
        yield '\n<w:p><w:pPr><w:pStyle w:val="SKLead"/></w:pPr><w:r><w:t xml:space="preserve">'
        yield escape(environment.finalize(environment.getattr(l_1_loop, 'index')))
        yield '．'
        yield escape(environment.finalize(l_1_attachment))
        yield '</w:t></w:r></w:p>'
    l_1_loop = l_1_attachment = missing
    for l_1_line in environment.getattr((undefined(name='negotiation') if l_0_negotiation is missing else l_0_negotiation), 'signature'):
        _loop_vars = {}
        pass
        yield '\n<w:p><w:pPr><w:pStyle w:val="SKSignFirst"/></w:pPr><w:r><w:t xml:space="preserve">'
        yield escape(environment.finalize(l_1_line))
        yield '</w:t></w:r></w:p>'
    l_1_line = missing
    yield '\n<w:p><w:pPr><w:pStyle w:val="SKSign"/></w:pPr><w:r><w:t xml:space="preserve">联系电话：'
    yield escape(environment.finalize(environment.getattr((undefined(name='negotiation') if l_0_negotiation is missing else l_0_negotiation), 'phone')))
    yield '</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKSignLast"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.finalize(environment.getattr((undefined(name='dates') if l_0_dates is missing else l_0_dates), 'signed_upper')))
    yield '</w:t></w:r></w:p><w:sectPr w:rsidR="00FC693F" w:rsidRPr="0006063C" w:rsidSect="00034616"><w:footerReference w:type="default" r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="850" w:footer="1247" w:gutter="0"/><w:cols w:space="720"/><w:docGrid w:linePitch="360"/></w:sectPr></w:body>'

blocks = {}
debug_info = '2=15&3=20&4=26&5=32&6=37&7=43&8=47&9=51&10=55&11=59&12=63&14=65&15=71&16=75&17=84&18=88&19=90'

SOURCE = '<w:body xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mo="http://schemas.microsoft.com/office/mac/office/2008/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:mv="urn:schemas-microsoft-com:mac:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">\n<w:p><w:pPr><w:pStyle w:val="SKTitle"/></w:pPr><w:r><w:t xml:space="preserve">{{ negotiation.title }}</w:t></w:r></w:p>{% if negotiation.note %}\n<w:p><w:pPr><w:pStyle w:val="SKNote"/></w:pPr><w:r><w:t xml:space="preserve">{{ negotiation.note }}</w:t></w:r></w:p>{% endif %}{% for line in negotiation.party_block %}\n<w:p><w:pPr><w:pStyle w:val="SKParty"/></w:pPr><w:r><w:t xml:space="preserve">{{ line }}</w:t></w:r></w:p>{% endfor %}{% if negotiation.account %}\n<w:p><w:pPr><w:pStyle w:val="SKParty"/></w:pPr><w:r><w:t xml:space="preserve">账户：{{ negotiation.account }}</w:t></w:r></w:p>{% endif %}{% if negotiation.in_suit %}\n<w:p><w:pPr><w:pStyle w:val="SKParty"/></w:pPr><w:r><w:t xml:space="preserve">案号：{{ court.case_number }}</w:t></w:r></w:p>{% endif %}{% for line in negotiation.counterparty_block %}\n<w:p><w:pPr><w:pStyle w:val="SKParty"/></w:pPr><w:r><w:t xml:space="preserve">{{ line }}</w:t></w:r></w:p>{% endfor %}\n<w:p><w:pPr><w:pStyle w:val="SKHeading"/></w:pPr><w:r><w:t>申请事项：</w:t></w:r></w:p>{% for text in negotiation.requests %}\n<w:p><w:pPr><w:pStyle w:val="SKBody"/></w:pPr><w:r><w:t xml:space="preserve">{{ text }}</w:t></w:r></w:p>{% endfor %}\n<w:p><w:pPr><w:pStyle w:val="SKHeading"/></w:pPr><w:r><w:t>事实和理由：</w:t></w:r></w:p>{% for text in negotiation.reasons %}\n<w:p><w:pPr><w:pStyle w:val="SKBody"/></w:pPr><w:r><w:t xml:space="preserve">{{ text }}</w:t></w:r></w:p>{% endfor %}\n<w:p><w:pPr><w:pStyle w:val="SKBody"/></w:pPr><w:r><w:t xml:space="preserve">{{ negotiation.closing }}</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKSalute"/></w:pPr><w:r><w:t>此致</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKAddressee"/></w:pPr><w:r><w:t xml:space="preserve">{{ negotiation.addressee }}</w:t></w:r></w:p>{% if negotiation.attachments %}\n<w:p><w:pPr><w:pStyle w:val="SKLead"/></w:pPr><w:r><w:t>附件：</w:t></w:r></w:p>{% endif %}{% for attachment in negotiation.attachments %}\n<w:p><w:pPr><w:pStyle w:val="SKLead"/></w:pPr><w:r><w:t xml:space="preserve">{{ loop.index }}．{{ attachment }}</w:t></w:r></w:p>{% endfor %}{% for line in negotiation.signature %}\n<w:p><w:pPr><w:pStyle w:val="SKSignFirst"/></w:pPr><w:r><w:t xml:space="preserve">{{ line }}</w:t></w:r></w:p>{% endfor %}\n<w:p><w:pPr><w:pStyle w:val="SKSign"/></w:pPr><w:r><w:t xml:space="preserve">联系电话：{{ negotiation.phone }}</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKSignLast"/></w:pPr><w:r><w:t xml:space="preserve">{{ dates.signed_upper }}</w:t></w:r></w:p><w:sectPr w:rsidR="00FC693F" w:rsidRPr="0006063C" w:rsidSect="00034616"><w:footerReference w:type="default" r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="850" w:footer="1247" w:gutter="0"/><w:cols w:space="720"/><w:docGrid w:linePitch="360"/></w:sectPr></w:body>'
HEAD = b'<?xml version=\'1.0\' encoding=\'UTF-8\' standalone=\'yes\'?>\n<w:document xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mo="http://schemas.microsoft.com/office/mac/office/2008/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:mv="urn:schemas-microsoft-com:mac:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="w14 wp14">'
TAIL = b'</w:document>'
GRIDS_FIXED = True
OTHER_PARTS = (('word/footer1.xml', '<w:ftr xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:mo="http://schemas.microsoft.com/office/mac/office/2008/main" xmlns:mv="urn:schemas-microsoft-com:mac:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="w14 wp14">\n<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr><w:r><w:t xml:space="preserve">第 </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> 页 共 </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> NUMPAGES </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> 页</w:t></w:r></w:p></w:ftr>'),)

# Generated by `python -m summons_kit.documents.precompile` from templates/negotiation.docx: do not edit.
