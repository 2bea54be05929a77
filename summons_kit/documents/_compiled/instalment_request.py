from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = None

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_instalment = resolve('instalment')
    l_0_court = resolve('court')
    l_0_plaintiff = resolve('plaintiff')
    l_0_defendant = resolve('defendant')
    l_0_dates = resolve('dates')
    pass
    yield '<w:body xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mo="http://schemas.microsoft.com/office/mac/office/2008/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:mv="urn:schemas-microsoft-com:mac:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">\n<w:p><w:pPr><w:pStyle w:val="SKTitle"/></w:pPr><w:r><w:t>分期还款申请书</w:t></w:r></w:p>'
    for l_1_line in environment.getattr((undefined(name='instalment') if l_0_instalment is missing else l_0_instalment), 'party_block'):
        _loop_vars = {}
        pass
        yield '\n<w:p><w:pPr><w:pStyle w:val="SKParty"/></w:pPr><w:r><w:t xml:space="preserve">'
        yield escape(environment.finalize(l_1_line))
        yield '</w:t></w:r></w:p>'
    l_1_line = missing
    for l_1_line in environment.getattr((undefined(name='instalment') if l_0_instalment is missing else l_0_instalment), 'counterparty_block'):
        _loop_vars = {}
        pass
        yield '\n<w:p><w:pPr><w:pStyle w:val="SKParty"/></w:pPr><w:r><w:t xml:space="preserve">'
        yield escape(environment.finalize(l_1_line))
        yield '</w:t></w:r></w:p>'
    l_1_line = missing
    yield '\n<w:p><w:pPr><w:pStyle w:val="SKParty"/></w:pPr><w:r><w:t xml:space="preserve">案号：'
    yield escape(environment.finalize(environment.getattr((undefined(name='court') if l_0_court is missing else l_0_court), 'case_number')))
    yield '</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKHeading"/></w:pPr><w:r><w:t>申请事项：</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKBody"/></w:pPr><w:r><w:t xml:space="preserve">一、'
    if environment.getattr((undefined(name='instalment') if l_0_instalment is missing else l_0_instalment), 'to_court'):
        pass
        yield '请求人民法院主持调解，准许申请人'
    else:
        pass
        yield '请求被申请人同意申请人'
    yield '分期偿还本案欠款共计人民币'
    yield escape(environment.finalize(environment.getattr((undefined(name='instalment') if l_0_instalment is missing else l_0_instalment), 'total')))
    yield '元（大写：'
    yield escape(environment.finalize(environment.getattr((undefined(name='instalment') if l_0_instalment is missing else l_0_instalment), 'total_words')))
    yield '）。'
    if environment.getattr((undefined(name='instalment') if l_0_instalment is missing else l_0_instalment), 'has_down_payment'):
        pass
        yield '申请人于'
        yield escape(environment.finalize(environment.getattr((undefined(name='instalment') if l_0_instalment is missing else l_0_instalment), 'down_payment_due')))
        yield '前首付人民币'
        yield escape(environment.finalize(environment.getattr((undefined(name='instalment') if l_0_instalment is missing else l_0_instalment), 'down_payment')))
        yield '元，余款'
    else:
        pass
        yield '上述款项'
    yield '分'
    yield escape(environment.finalize(environment.getattr((undefined(name='instalment') if l_0_instalment is missing else l_0_instalment), 'months')))
    yield '期偿还，自'
    yield escape(environment.finalize(environment.getattr((undefined(name='instalment') if l_0_instalment is missing else l_0_instalment), 'instalments_from')))
    yield '起每月'
    yield escape(environment.finalize(environment.getattr((undefined(name='instalment') if l_0_instalment is missing else l_0_instalment), 'day')))
    yield '日前还款'
    yield escape(environment.finalize(environment.getattr((undefined(name='instalment') if l_0_instalment is missing else l_0_instalment), 'day_note')))
    if environment.getattr((undefined(name='instalment') if l_0_instalment is missing else l_0_instalment), 'rolled'):
        pass
        yield '（遇法定节假日或者休息日顺延至其后第一个工作日）'
    yield '，每期人民币'
    yield escape(environment.finalize(environment.getattr((undefined(name='instalment') if l_0_instalment is missing else l_0_instalment), 'regular_amount')))
    yield '元，最后一期人民币'
    yield escape(environment.finalize(environment.getattr((undefined(name='instalment') if l_0_instalment is missing else l_0_instalment), 'last_amount')))
    yield '元，于'
    yield escape(environment.finalize(environment.getattr((undefined(name='instalment') if l_0_instalment is missing else l_0_instalment), 'last_due')))
    yield '前全部还清。具体还款计划如下：</w:t></w:r></w:p><w:tbl><w:tblPr><w:jc w:val="center"/><w:tblLayout w:type="fixed"/><w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" w:noHBand="0" w:noVBand="1" w:val="04A0"/><w:tblW w:w="8845" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/><w:top w:w="28" w:type="dxa"/><w:bottom w:w="28" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w="1361"/><w:gridCol w:w="2494"/><w:gridCol w:w="2494"/><w:gridCol w:w="2494"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1361"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKCellHead"/></w:pPr><w:r><w:t>期数</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2494"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKCellHead"/></w:pPr><w:r><w:t>还款日期</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2494"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKCellHead"/></w:pPr><w:r><w:t>还款金额（元）</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2494"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKCellHead"/></w:pPr><w:r><w:t>剩余未还金额（元）</w:t></w:r></w:p></w:tc></w:tr>'
    for l_1_r in environment.getattr((undefined(name='instalment') if l_0_instalment is missing else l_0_instalment), 'rows'):
        _loop_vars = {}
        pass
        yield '<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1361"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKCellCentre"/></w:pPr><w:r><w:t xml:space="preserve">'
        yield escape(environment.finalize(environment.getattr(l_1_r, 'label')))
        yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2494"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKCellCentre"/></w:pPr><w:r><w:t xml:space="preserve">'
        yield escape(environment.finalize(environment.getattr(l_1_r, 'due')))
        yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2494"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKCellCentre"/></w:pPr><w:r><w:t xml:space="preserve">'
        yield escape(environment.finalize(environment.getattr(l_1_r, 'amount')))
        yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2494"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKCellCentre"/></w:pPr><w:r><w:t xml:space="preserve">'
        yield escape(environment.finalize(environment.getattr(l_1_r, 'balance')))
        yield '</w:t></w:r></w:p></w:tc></w:tr>'
    l_1_r = missing
    yield '<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1361"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKCellHead"/></w:pPr><w:r><w:t>合计</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2494"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKCellHead"/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2494"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKCellHead"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.finalize(environment.getattr((undefined(name='instalment') if l_0_instalment is missing else l_0_instalment), 'total')))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2494"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKCellHead"/></w:pPr></w:p></w:tc></w:tr></w:tbl>'
    if environment.getattr((undefined(name='instalment') if l_0_instalment is missing else l_0_instalment), 'waive_penalty'):
        pass
        yield '\n<w:p><w:pPr><w:pStyle w:val="SKBody"/></w:pPr><w:r><w:t xml:space="preserve">二、请求'
        if environment.getattr((undefined(name='instalment') if l_0_instalment is missing else l_0_instalment), 'to_court'):
            pass
            yield '原告'
        else:
            pass
            yield '被申请人'
        yield '减免罚息、复利、违约金等费用，并自本申请提出之日起停止计收利息。</w:t></w:r></w:p>'
    yield '\n<w:p><w:pPr><w:pStyle w:val="SKHeading"/></w:pPr><w:r><w:t>事实和理由：</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKBody"/></w:pPr><w:r><w:t xml:space="preserve">申请人与'
    yield escape(environment.finalize(environment.getattr((undefined(name='plaintiff') if l_0_plaintiff is missing else l_0_plaintiff), 'name')))
    yield escape(environment.finalize(environment.getattr((undefined(name='court') if l_0_court is missing else l_0_court), 'cause')))
    yield '一案，'
    yield escape(environment.finalize(environment.getattr((undefined(name='court') if l_0_court is missing else l_0_court), 'name')))
    yield '已立案受理，案号为'
    yield escape(environment.finalize(environment.getattr((undefined(name='court') if l_0_court is missing else l_0_court), 'case_number')))
    yield '。</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKBody"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.finalize(environment.getattr((undefined(name='instalment') if l_0_instalment is missing else l_0_instalment), 'reasons')))
    yield '</w:t></w:r></w:p>'
    if environment.getattr((undefined(name='instalment') if l_0_instalment is missing else l_0_instalment), 'repaid'):
        pass
        yield '\n<w:p><w:pPr><w:pStyle w:val="SKBody"/></w:pPr><w:r><w:t xml:space="preserve">申请人此前已累计还款人民币'
        yield escape(environment.finalize(environment.getattr((undefined(name='instalment') if l_0_instalment is missing else l_0_instalment), 'repaid')))
        yield '元，具有还款诚意。</w:t></w:r></w:p>'
    if environment.getattr((undefined(name='instalment') if l_0_instalment is missing else l_0_instalment), 'monthly_income'):
        pass
        yield '\n<w:p><w:pPr><w:pStyle w:val="SKBody"/></w:pPr><w:r><w:t xml:space="preserve">申请人目前每月收入约人民币'
        yield escape(environment.finalize(environment.getattr((undefined(name='instalment') if l_0_instalment is missing else l_0_instalment), 'monthly_income')))
        yield '元'
        if environment.getattr((undefined(name='instalment') if l_0_instalment is missing else l_0_instalment), 'monthly_expenses'):
            pass
            yield '，每月必要生活支出约人民币'
            yield escape(environment.finalize(environment.getattr((undefined(name='instalment') if l_0_instalment is missing else l_0_instalment), 'monthly_expenses')))
            yield '元'
        yield '，无力一次性清偿全部欠款'
        if environment.getattr((undefined(name='instalment') if l_0_instalment is missing else l_0_instalment), 'surplus_covers'):
            pass
            yield '；每月结余约人民币'
            yield escape(environment.finalize(environment.getattr((undefined(name='instalment') if l_0_instalment is missing else l_0_instalment), 'monthly_surplus')))
            yield '元，足以按期支付每期人民币'
            yield escape(environment.finalize(environment.getattr((undefined(name='instalment') if l_0_instalment is missing else l_0_instalment), 'regular_amount')))
            yield '元的分期款项'
        yield '。</w:t></w:r></w:p>'
    yield '\n<w:p><w:pPr><w:pStyle w:val="SKBody"/></w:pPr><w:r><w:t xml:space="preserve">申请人愿意按上述计划如期足额还款。'
    if environment.getattr((undefined(name='instalment') if l_0_instalment is missing else l_0_instalment), 'to_court'):
        pass
        yield '恳请人民法院主持调解，准许申请人分期还款。'
    else:
        pass
        yield '恳请被申请人予以同意。'
    yield '</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKBody"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.finalize(environment.getattr((undefined(name='instalment') if l_0_instalment is missing else l_0_instalment), 'reservation')))
    yield '</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKSalute"/></w:pPr><w:r><w:t>此致</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKAddressee"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.finalize(environment.getattr((undefined(name='instalment') if l_0_instalment is missing else l_0_instalment), 'addressee_name')))
    yield '</w:t></w:r></w:p>'
    if environment.getattr((undefined(name='instalment') if l_0_instalment is missing else l_0_instalment), 'attachments'):
        pass
        yield '\n<w:p><w:pPr><w:pStyle w:val="SKLead"/></w:pPr><w:r><w:t>附件：</w:t></w:r></w:p>'
    l_1_loop = missing
    for l_1_attachment, l_1_loop in LoopContext(environment.getattr((undefined(name='instalment') if l_0_instalment is missing else l_0_instalment), 'attachments'), undefined):
        _loop_vars = {}
        pass
        yield '\n<w:p><w:pPr><w:pStyle w:val="SKLead"/></w:pPr><w:r><w:t xml:space="preserve">'
        yield escape(environment.finalize(environment.getattr(l_1_loop, 'index')))
        yield '．'
        yield escape(environment.finalize(l_1_attachment))
        yield '</w:t></w:r></w:p>'
    l_1_loop = l_1_attachment = missing
    for l_1_line in environment.getattr((undefined(name='instalment') if l_0_instalment is missing else l_0_instalment), 'signature'):
        _loop_vars = {}
        pass
        yield '\n<w:p><w:pPr><w:pStyle w:val="SKSignFirst"/></w:pPr><w:r><w:t xml:space="preserve">'
        yield escape(environment.finalize(l_1_line))
        yield '</w:t></w:r></w:p>'
    l_1_line = missing
    yield '\n<w:p><w:pPr><w:pStyle w:val="SKSign"/></w:pPr><w:r><w:t xml:space="preserve">联系电话：'
    yield escape(environment.finalize(environment.getattr((undefined(name='defendant') if l_0_defendant is missing else l_0_defendant), 'phone')))
    yield '</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKSignLast"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.finalize(environment.getattr((undefined(name='dates') if l_0_dates is missing else l_0_dates), 'signed_upper')))
    yield '</w:t></w:r></w:p><w:sectPr w:rsidR="00FC693F" w:rsidRPr="0006063C" w:rsidSect="00034616"><w:footerReference w:type="default" r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="850" w:footer="1247" w:gutter="0"/><w:cols w:space="720"/><w:docGrid w:linePitch="360"/></w:sectPr></w:body>'

blocks = {}
debug_info = '2=17&3=21&4=28&5=32&7=34&11=73&12=77&13=79&14=81&15=83&18=87&19=89&20=92&22=100&23=107&24=112&25=117&26=134&27=141&29=143&30=149&31=153&32=162&33=166&34=168'

SOURCE = '<w:body xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mo="http://schemas.microsoft.com/office/mac/office/2008/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:mv="urn:schemas-microsoft-com:mac:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">\n<w:p><w:pPr><w:pStyle w:val="SKTitle"/></w:pPr><w:r><w:t>分期还款申请书</w:t></w:r></w:p>{% for line in instalment.party_block %}\n<w:p><w:pPr><w:pStyle w:val="SKParty"/></w:pPr><w:r><w:t xml:space="preserve">{{ line }}</w:t></w:r></w:p>{% endfor %}{% for line in instalment.counterparty_block %}\n<w:p><w:pPr><w:pStyle w:val="SKParty"/></w:pPr><w:r><w:t xml:space="preserve">{{ line }}</w:t></w:r></w:p>{% endfor %}\n<w:p><w:pPr><w:pStyle w:val="SKParty"/></w:pPr><w:r><w:t xml:space="preserve">案号：{{ court.case_number }}</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKHeading"/></w:pPr><w:r><w:t>申请事项：</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKBody"/></w:pPr><w:r><w:t xml:space="preserve">一、{% if instalment.to_court %}请求人民法院主持调解，准许申请人{% else %}请求被申请人同意申请人{% endif %}分期偿还本案欠款共计人民币{{ instalment.total }}元（大写：{{ instalment.total_words }}）。{% if instalment.has_down_payment %}申请人于{{ instalment.down_payment_due }}前首付人民币{{ instalment.down_payment }}元，余款{% else %}上述款项{% endif %}分{{ instalment.months }}期偿还，自{{ instalment.instalments_from }}起每月{{ instalment.day }}日前还款{{ instalment.day_note }}{% if instalment.rolled %}（遇法定节假日或者休息日顺延至其后第一个工作日）{% endif %}，每期人民币{{ instalment.regular_amount }}元，最后一期人民币{{ instalment.last_amount }}元，于{{ instalment.last_due }}前全部还清。具体还款计划如下：</w:t></w:r></w:p><w:tbl><w:tblPr><w:jc w:val="center"/><w:tblLayout w:type="fixed"/><w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" w:noHBand="0" w:noVBand="1" w:val="04A0"/><w:tblW w:w="8845" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/><w:top w:w="28" w:type="dxa"/><w:bottom w:w="28" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w="1361"/><w:gridCol w:w="2494"/><w:gridCol w:w="2494"/><w:gridCol w:w="2494"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1361"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKCellHead"/></w:pPr><w:r><w:t>期数</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2494"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKCellHead"/></w:pPr><w:r><w:t>还款日期</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2494"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKCellHead"/></w:pPr><w:r><w:t>还款金额（元）</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2494"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKCellHead"/></w:pPr><w:r><w:t>剩余未还金额（元）</w:t></w:r></w:p></w:tc></w:tr>{% for r in instalment.rows %}<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1361"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKCellCentre"/></w:pPr><w:r><w:t xml:space="preserve">{{ r.label }}</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2494"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKCellCentre"/></w:pPr><w:r><w:t xml:space="preserve">{{ r.due }}</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2494"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKCellCentre"/></w:pPr><w:r><w:t xml:space="preserve">{{ r.amount }}</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2494"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKCellCentre"/></w:pPr><w:r><w:t xml:space="preserve">{{ r.balance }}</w:t></w:r></w:p></w:tc></w:tr>{% endfor %}<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1361"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKCellHead"/></w:pPr><w:r><w:t>合计</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2494"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKCellHead"/></w:pPr></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2494"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKCellHead"/></w:pPr><w:r><w:t xml:space="preserve">{{ instalment.total }}</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2494"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKCellHead"/></w:pPr></w:p></w:tc></w:tr></w:tbl>{% if instalment.waive_penalty %}\n<w:p><w:pPr><w:pStyle w:val="SKBody"/></w:pPr><w:r><w:t xml:space="preserve">二、请求{% if instalment.to_court %}原告{% else %}被申请人{% endif %}减免罚息、复利、违约金等费用，并自本申请提出之日起停止计收利息。</w:t></w:r></w:p>{% endif %}\n<w:p><w:pPr><w:pStyle w:val="SKHeading"/></w:pPr><w:r><w:t>事实和理由：</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKBody"/></w:pPr><w:r><w:t xml:space="preserve">申请人与{{ plaintiff.name }}{{ court.cause }}一案，{{ court.name }}已立案受理，案号为{{ court.case_number }}。</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKBody"/></w:pPr><w:r><w:t xml:space="preserve">{{ instalment.reasons }}</w:t></w:r></w:p>{% if instalment.repaid %}\n<w:p><w:pPr><w:pStyle w:val="SKBody"/></w:pPr><w:r><w:t xml:space="preserve">申请人此前已累计还款人民币{{ instalment.repaid }}元，具有还款诚意。</w:t></w:r></w:p>{% endif %}{% if instalment.monthly_income %}\n<w:p><w:pPr><w:pStyle w:val="SKBody"/></w:pPr><w:r><w:t xml:space="preserve">申请人目前每月收入约人民币{{ instalment.monthly_income }}元{% if instalment.monthly_expenses %}，每月必要生活支出约人民币{{ instalment.monthly_expenses }}元{% endif %}，无力一次性清偿全部欠款{% if instalment.surplus_covers %}；每月结余约人民币{{ instalment.monthly_surplus }}元，足以按期支付每期人民币{{ instalment.regular_amount }}元的分期款项{% endif %}。</w:t></w:r></w:p>{% endif %}\n<w:p><w:pPr><w:pStyle w:val="SKBody"/></w:pPr><w:r><w:t xml:space="preserve">申请人愿意按上述计划如期足额还款。{% if instalment.to_court %}恳请人民法院主持调解，准许申请人分期还款。{% else %}恳请被申请人予以同意。{% endif %}</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKBody"/></w:pPr><w:r><w:t xml:space="preserve">{{ instalment.reservation }}</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKSalute"/></w:pPr><w:r><w:t>此致</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKAddressee"/></w:pPr><w:r><w:t xml:space="preserve">{{ instalment.addressee_name }}</w:t></w:r></w:p>{% if instalment.attachments %}\n<w:p><w:pPr><w:pStyle w:val="SKLead"/></w:pPr><w:r><w:t>附件：</w:t></w:r></w:p>{% endif %}{% for attachment in instalment.attachments %}\n<w:p><w:pPr><w:pStyle w:val="SKLead"/></w:pPr><w:r><w:t xml:space="preserve">{{ loop.index }}．{{ attachment }}</w:t></w:r></w:p>{% endfor %}{% for line in instalment.signature %}\n<w:p><w:pPr><w:pStyle w:val="SKSignFirst"/></w:pPr><w:r><w:t xml:space="preserve">{{ line }}</w:t></w:r></w:p>{% endfor %}\n<w:p><w:pPr><w:pStyle w:val="SKSign"/></w:pPr><w:r><w:t xml:space="preserve">联系电话：{{ defendant.phone }}</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKSignLast"/></w:pPr><w:r><w:t xml:space="preserve">{{ dates.signed_upper }}</w:t></w:r></w:p><w:sectPr w:rsidR="00FC693F" w:rsidRPr="0006063C" w:rsidSect="00034616"><w:footerReference w:type="default" r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="850" w:footer="1247" w:gutter="0"/><w:cols w:space="720"/><w:docGrid w:linePitch="360"/></w:sectPr></w:body>'
HEAD = b'<?xml version=\'1.0\' encoding=\'UTF-8\' standalone=\'yes\'?>\n<w:document xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mo="http://schemas.microsoft.com/office/mac/office/2008/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:mv="urn:schemas-microsoft-com:mac:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="w14 wp14">'
TAIL = b'</w:document>'
GRIDS_FIXED = True
OTHER_PARTS = (('word/footer1.xml', '<w:ftr xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:mo="http://schemas.microsoft.com/office/mac/office/2008/main" xmlns:mv="urn:schemas-microsoft-com:mac:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="w14 wp14">\n<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr><w:r><w:t xml:space="preserve">第 </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> 页 共 </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> NUMPAGES </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> 页</w:t></w:r></w:p></w:ftr>'),)

# Generated by `python -m summons_kit.documents.precompile` from templates/instalment_request.docx: do not edit.
