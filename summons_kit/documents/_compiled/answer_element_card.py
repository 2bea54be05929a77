from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = None

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_court = resolve('court')
    l_0_defendant = resolve('defendant')
    l_0_answer = resolve('answer')
    l_0_agent = resolve('agent')
    l_0_dates = resolve('dates')
    try:
        t_1 = environment.filters['fullwidth']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'fullwidth' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    yield '<w:body xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mo="http://schemas.microsoft.com/office/mac/office/2008/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:mv="urn:schemas-microsoft-com:mac:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">\n<w:p><w:pPr><w:pStyle w:val="SKTitle"/></w:pPr><w:r><w:t>民事答辩状</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKSubtitle"/></w:pPr><w:r><w:t>（信用卡纠纷）</w:t></w:r></w:p><w:tbl><w:tblPr><w:jc w:val="center"/><w:tblLayout w:type="fixed"/><w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" w:noHBand="0" w:noVBand="1" w:val="04A0"/><w:tblW w:w="8845" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/><w:top w:w="28" w:type="dxa"/><w:bottom w:w="28" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w="2948"/><w:gridCol w:w="5896"/></w:tblGrid><w:tr><w:trPr/><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="8844"/><w:gridSpan w:val="2"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKNote"/></w:pPr><w:r><w:t>说明：为了方便您参加诉讼，保护您的合法权利，请填写本表。</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKNote"/></w:pPr><w:r><w:t>1．答辩人应当遵循诚信原则如实填写本表，对所填内容的真实性负责（《中华人民共和国民事诉讼法》第十三条）；故意作虚假陈述的，将依法承担相应的法律责任。</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKNote"/></w:pPr><w:r><w:t>2．本表所列内容是人民法院查明案件事实所需，请逐项填写；与您的案件无关的项目，可以填“无”或者不填。</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKNote"/></w:pPr><w:r><w:t>3．勾选项请在对应的“☐”内打“√”；本表未能列明的其他内容，可以在“其他需要说明的内容”栏或者另附页填写。</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr/><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="8844"/><w:gridSpan w:val="2"/><w:vAlign w:val="center"/><w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTableSection"/></w:pPr><w:r><w:t>当事人信息</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr/><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2948"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t>案号</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="5896"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.finalize(environment.getattr((undefined(name='court') if l_0_court is missing else l_0_court), 'case_number')))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr/><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2948"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t>案由</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="5896"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.finalize(environment.getattr((undefined(name='court') if l_0_court is missing else l_0_court), 'cause')))
    yield '</w:t></w:r></w:p></w:tc></w:tr>'
    if environment.getattr((undefined(name='defendant') if l_0_defendant is missing else l_0_defendant), 'is_person'):
        pass
        yield '<w:tr><w:trPr/><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2948"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t>答辩人</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t>（自然人）</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="5896"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">姓名：'
        yield escape(environment.finalize(environment.getattr((undefined(name='defendant') if l_0_defendant is missing else l_0_defendant), 'name')))
        yield '</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">性别：男'
        yield escape(environment.finalize(environment.getattr((undefined(name='defendant') if l_0_defendant is missing else l_0_defendant), 'male_box')))
        yield '\u3000女'
        yield escape(environment.finalize(environment.getattr((undefined(name='defendant') if l_0_defendant is missing else l_0_defendant), 'female_box')))
        yield '</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">出生日期：'
        yield escape(environment.finalize(environment.getattr((undefined(name='defendant') if l_0_defendant is missing else l_0_defendant), 'birth')))
        yield '\u3000\u3000民族：'
        yield escape(environment.finalize(environment.getattr((undefined(name='defendant') if l_0_defendant is missing else l_0_defendant), 'ethnicity')))
        yield '</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">公民身份号码：'
        yield escape(environment.finalize(environment.getattr((undefined(name='defendant') if l_0_defendant is missing else l_0_defendant), 'id_number')))
        yield '</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">工作单位、职务：'
        yield escape(environment.finalize(environment.getattr((undefined(name='defendant') if l_0_defendant is missing else l_0_defendant), 'occupation')))
        yield '</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">联系电话：'
        yield escape(environment.finalize(environment.getattr((undefined(name='defendant') if l_0_defendant is missing else l_0_defendant), 'phone')))
        yield '</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">住所地'
        if environment.getattr((undefined(name='defendant') if l_0_defendant is missing else l_0_defendant), 'mainland'):
            pass
            yield '（户籍所在地）'
        yield '：'
        yield escape(environment.finalize(environment.getattr((undefined(name='defendant') if l_0_defendant is missing else l_0_defendant), 'address')))
        yield '</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">经常居住地：'
        yield escape(environment.finalize(environment.getattr((undefined(name='defendant') if l_0_defendant is missing else l_0_defendant), 'residence')))
        yield '</w:t></w:r></w:p></w:tc></w:tr>'
    else:
        pass
        yield '<w:tr><w:trPr/><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2948"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t>答辩人</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t>（法人、非法人组织）</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="5896"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">名称：'
        yield escape(environment.finalize(environment.getattr((undefined(name='defendant') if l_0_defendant is missing else l_0_defendant), 'name')))
        yield '</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">住所地（主要办事机构所在地）：'
        yield escape(environment.finalize(environment.getattr((undefined(name='defendant') if l_0_defendant is missing else l_0_defendant), 'address')))
        yield '</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t>注册地/登记地：</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">法定代表人/主要负责人：'
        yield escape(environment.finalize(environment.getattr((undefined(name='defendant') if l_0_defendant is missing else l_0_defendant), 'representative')))
        yield '\u3000职务：'
        yield escape(environment.finalize(environment.getattr((undefined(name='defendant') if l_0_defendant is missing else l_0_defendant), 'representative_title')))
        yield '</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">联系电话：'
        yield escape(environment.finalize(environment.getattr((undefined(name='defendant') if l_0_defendant is missing else l_0_defendant), 'phone')))
        yield '</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">统一社会信用代码：'
        yield escape(environment.finalize(environment.getattr((undefined(name='defendant') if l_0_defendant is missing else l_0_defendant), 'credit_code')))
        yield '</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">类型：'
        yield escape(environment.finalize(environment.getattr((undefined(name='defendant') if l_0_defendant is missing else l_0_defendant), 'org_type')))
        yield '</w:t></w:r></w:p></w:tc></w:tr>'
    yield '<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2948"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t>委托诉讼代理人</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="5896"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">有'
    yield escape(environment.finalize(environment.getattr((undefined(name='answer') if l_0_answer is missing else l_0_answer), 'agent_yes_box')))
    yield '\u3000\u3000无'
    yield escape(environment.finalize(environment.getattr((undefined(name='answer') if l_0_answer is missing else l_0_answer), 'agent_no_box')))
    yield '</w:t></w:r></w:p>'
    if (undefined(name='agent') if l_0_agent is missing else l_0_agent):
        pass
        yield '\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">姓名：'
        yield escape(environment.finalize(environment.getattr((undefined(name='agent') if l_0_agent is missing else l_0_agent), 'name')))
        yield '\u3000单位：'
        yield escape(environment.finalize(environment.getattr((undefined(name='agent') if l_0_agent is missing else l_0_agent), 'firm')))
        yield '\u3000职务：'
        yield escape(environment.finalize(environment.getattr((undefined(name='agent') if l_0_agent is missing else l_0_agent), 'title')))
        yield '\u3000联系电话：'
        yield escape(environment.finalize(environment.getattr((undefined(name='agent') if l_0_agent is missing else l_0_agent), 'phone')))
        yield '</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">代理权限：一般授权'
        yield escape(environment.finalize(environment.getattr((undefined(name='answer') if l_0_answer is missing else l_0_answer), 'agent_general_box')))
        yield '\u3000特别授权'
        yield escape(environment.finalize(environment.getattr((undefined(name='answer') if l_0_answer is missing else l_0_answer), 'agent_special_box')))
        yield '</w:t></w:r></w:p>'
    yield '</w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2948"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t>送达地址（所填信息除书面特别声明更改外，适用于案件所有后续程序）及收件人、联系电话</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="5896"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">地址：'
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='answer') if l_0_answer is missing else l_0_answer), 'delivery'), 'address')))
    yield '</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">收件人：'
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='answer') if l_0_answer is missing else l_0_answer), 'delivery'), 'recipient')))
    yield '</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">电话：'
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='answer') if l_0_answer is missing else l_0_answer), 'delivery'), 'phone')))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2948"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t>是否接受电子送达</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="5896"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">是'
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='answer') if l_0_answer is missing else l_0_answer), 'delivery'), 'electronic_yes_box')))
    yield '\u3000电子邮箱：'
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='answer') if l_0_answer is missing else l_0_answer), 'delivery'), 'email')))
    yield '</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">其他方式：短信'
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='answer') if l_0_answer is missing else l_0_answer), 'delivery'), 'sms_box')))
    yield '\u3000微信'
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='answer') if l_0_answer is missing else l_0_answer), 'delivery'), 'wechat_box')))
    yield '\u3000传真'
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='answer') if l_0_answer is missing else l_0_answer), 'delivery'), 'fax_box')))
    yield '\u3000其他'
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='answer') if l_0_answer is missing else l_0_answer), 'delivery'), 'other_box')))
    yield '</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">否'
    yield escape(environment.finalize(environment.getattr(environment.getattr((undefined(name='answer') if l_0_answer is missing else l_0_answer), 'delivery'), 'electronic_no_box')))
    yield '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr/><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="8844"/><w:gridSpan w:val="2"/><w:vAlign w:val="center"/><w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTableSection"/></w:pPr><w:r><w:t>答辩事项和依据（对原告诉讼请求的确认或者异议）</w:t></w:r></w:p></w:tc></w:tr>'
    for l_1_r in environment.getattr((undefined(name='answer') if l_0_answer is missing else l_0_answer), 'item_rows'):
        _loop_vars = {}
        pass
        yield '<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2948"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">'
        yield escape(environment.finalize(environment.getattr(l_1_r, 'no')))
        yield '．'
        yield escape(environment.finalize(t_1(environment.getattr(l_1_r, 'label'))))
        yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="5896"/><w:vAlign w:val="center"/></w:tcPr>'
        if (environment.getattr(l_1_r, 'key') == 'basis'):
            pass
            yield '\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">'
            yield escape(environment.finalize(environment.getattr(l_1_r, 'text')))
            yield '</w:t></w:r></w:p>'
        elif (environment.getattr(l_1_r, 'key') == 'exemption'):
            pass
            yield '\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">有'
            yield escape(environment.finalize(environment.getattr(l_1_r, 'yes_box')))
            yield '\u3000\u3000无'
            yield escape(environment.finalize(environment.getattr(l_1_r, 'no_box')))
            yield '</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">事实和理由：'
            yield escape(environment.finalize(environment.getattr(l_1_r, 'text')))
            yield '</w:t></w:r></w:p>'
        else:
            pass
            yield '\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">无异议'
            yield escape(environment.finalize(environment.getattr(l_1_r, 'agree_box')))
            yield '\u3000\u3000有异议'
            yield escape(environment.finalize(environment.getattr(l_1_r, 'dispute_box')))
            yield '</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">事实和理由：'
            yield escape(environment.finalize(environment.getattr(l_1_r, 'text')))
            yield '</w:t></w:r></w:p>'
        yield '</w:tc></w:tr>'
    l_1_r = missing
    yield '<w:tr><w:trPr/><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="8844"/><w:gridSpan w:val="2"/><w:vAlign w:val="center"/><w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTableSection"/></w:pPr><w:r><w:t>事实和理由（对起诉状事实与理由的确认或者异议）</w:t></w:r></w:p></w:tc></w:tr>'
    for l_1_r in environment.getattr((undefined(name='answer') if l_0_answer is missing else l_0_answer), 'fact_rows')[:-1]:
        _loop_vars = {}
        pass
        yield '<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2948"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">'
        yield escape(environment.finalize(environment.getattr(l_1_r, 'no')))
        yield '．'
        yield escape(environment.finalize(t_1(environment.getattr(l_1_r, 'label'))))
        yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="5896"/><w:vAlign w:val="center"/></w:tcPr>'
        if (environment.getattr(l_1_r, 'key') == 'basis'):
            pass
            yield '\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">'
            yield escape(environment.finalize(environment.getattr(l_1_r, 'text')))
            yield '</w:t></w:r></w:p>'
        elif (environment.getattr(l_1_r, 'key') == 'exemption'):
            pass
            yield '\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">有'
            yield escape(environment.finalize(environment.getattr(l_1_r, 'yes_box')))
            yield '\u3000\u3000无'
            yield escape(environment.finalize(environment.getattr(l_1_r, 'no_box')))
            yield '</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">事实和理由：'
            yield escape(environment.finalize(environment.getattr(l_1_r, 'text')))
            yield '</w:t></w:r></w:p>'
        else:
            pass
            yield '\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">无异议'
            yield escape(environment.finalize(environment.getattr(l_1_r, 'agree_box')))
            yield '\u3000\u3000有异议'
            yield escape(environment.finalize(environment.getattr(l_1_r, 'dispute_box')))
            yield '</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">事实和理由：'
            yield escape(environment.finalize(environment.getattr(l_1_r, 'text')))
            yield '</w:t></w:r></w:p>'
        yield '</w:tc></w:tr>'
    l_1_r = missing
    l_1_r = environment.getitem(environment.getattr((undefined(name='answer') if l_0_answer is missing else l_0_answer), 'fact_rows'), -1)
    pass
    yield '<w:tr><w:trPr/><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2948"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.finalize(environment.getattr(l_1_r, 'no')))
    yield '．'
    yield escape(environment.finalize(t_1(environment.getattr(l_1_r, 'label'))))
    yield '</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="5896"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.finalize(environment.getattr(l_1_r, 'text')))
    yield '</w:t></w:r></w:p></w:tc></w:tr>'
    l_1_r = missing
    yield '<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2948"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.finalize((t_2(environment.getattr((undefined(name='answer') if l_0_answer is missing else l_0_answer), 'fact_rows')) + 1)))
    yield '．证据清单</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="5896"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">'
    yield escape(environment.finalize(environment.getattr((undefined(name='answer') if l_0_answer is missing else l_0_answer), 'evidence_note')))
    yield '</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
    for l_1_line in environment.getattr((undefined(name='answer') if l_0_answer is missing else l_0_answer), 'signature'):
        _loop_vars = {}
        pass
        yield '\n<w:p><w:pPr><w:pStyle w:val="SKSignFirst"/></w:pPr><w:r><w:t xml:space="preserve">'
        yield escape(environment.finalize(l_1_line))
        yield '</w:t></w:r></w:p>'
    l_1_line = missing
    yield '\n<w:p><w:pPr><w:pStyle w:val="SKSignLast"/></w:pPr><w:r><w:t xml:space="preserve">日期：'
    yield escape(environment.finalize(environment.getattr((undefined(name='dates') if l_0_dates is missing else l_0_dates), 'signed_upper')))
    yield '</w:t></w:r></w:p><w:sectPr w:rsidR="00FC693F" w:rsidRPr="0006063C" w:rsidSect="00034616"><w:footerReference w:type="default" r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="850" w:footer="1247" w:gutter="0"/><w:cols w:space="720"/><w:docGrid w:linePitch="360"/></w:sectPr></w:body>'

blocks = {}
debug_info = '10=29&12=31&15=36&16=38&17=42&18=46&19=48&20=50&21=52&22=58&25=63&26=65&28=67&29=71&30=73&31=75&33=78&34=85&35=93&37=98&38=100&39=102&41=104&42=108&43=116&44=118&45=122&46=129&47=134&48=138&49=143&50=147&51=152&52=156&53=163&54=168&55=172&56=177&57=181&58=188&59=192&60=196&61=198&62=204&63=208'

SOURCE = '<w:body xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mo="http://schemas.microsoft.com/office/mac/office/2008/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:mv="urn:schemas-microsoft-com:mac:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">\n<w:p><w:pPr><w:pStyle w:val="SKTitle"/></w:pPr><w:r><w:t>民事答辩状</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKSubtitle"/></w:pPr><w:r><w:t>（信用卡纠纷）</w:t></w:r></w:p><w:tbl><w:tblPr><w:jc w:val="center"/><w:tblLayout w:type="fixed"/><w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" w:noHBand="0" w:noVBand="1" w:val="04A0"/><w:tblW w:w="8845" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/><w:top w:w="28" w:type="dxa"/><w:bottom w:w="28" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w="2948"/><w:gridCol w:w="5896"/></w:tblGrid><w:tr><w:trPr/><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="8844"/><w:gridSpan w:val="2"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKNote"/></w:pPr><w:r><w:t>说明：为了方便您参加诉讼，保护您的合法权利，请填写本表。</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKNote"/></w:pPr><w:r><w:t>1．答辩人应当遵循诚信原则如实填写本表，对所填内容的真实性负责（《中华人民共和国民事诉讼法》第十三条）；故意作虚假陈述的，将依法承担相应的法律责任。</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKNote"/></w:pPr><w:r><w:t>2．本表所列内容是人民法院查明案件事实所需，请逐项填写；与您的案件无关的项目，可以填“无”或者不填。</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKNote"/></w:pPr><w:r><w:t>3．勾选项请在对应的“☐”内打“√”；本表未能列明的其他内容，可以在“其他需要说明的内容”栏或者另附页填写。</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr/><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="8844"/><w:gridSpan w:val="2"/><w:vAlign w:val="center"/><w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTableSection"/></w:pPr><w:r><w:t>当事人信息</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr/><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2948"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t>案号</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="5896"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">{{ court.case_number }}</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr/><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2948"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t>案由</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="5896"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">{{ court.cause }}</w:t></w:r></w:p></w:tc></w:tr>{% if defendant.is_person %}<w:tr><w:trPr/><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2948"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t>答辩人</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t>（自然人）</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="5896"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">姓名：{{ defendant.name }}</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">性别：男{{ defendant.male_box }}\u3000女{{ defendant.female_box }}</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">出生日期：{{ defendant.birth }}\u3000\u3000民族：{{ defendant.ethnicity }}</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">公民身份号码：{{ defendant.id_number }}</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">工作单位、职务：{{ defendant.occupation }}</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">联系电话：{{ defendant.phone }}</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">住所地{% if defendant.mainland %}（户籍所在地）{% endif %}：{{ defendant.address }}</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">经常居住地：{{ defendant.residence }}</w:t></w:r></w:p></w:tc></w:tr>{% else %}<w:tr><w:trPr/><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2948"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t>答辩人</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t>（法人、非法人组织）</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="5896"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">名称：{{ defendant.name }}</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">住所地（主要办事机构所在地）：{{ defendant.address }}</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t>注册地/登记地：</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">法定代表人/主要负责人：{{ defendant.representative }}\u3000职务：{{ defendant.representative_title }}</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">联系电话：{{ defendant.phone }}</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">统一社会信用代码：{{ defendant.credit_code }}</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">类型：{{ defendant.org_type }}</w:t></w:r></w:p></w:tc></w:tr>{% endif %}<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2948"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t>委托诉讼代理人</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="5896"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">有{{ answer.agent_yes_box }}\u3000\u3000无{{ answer.agent_no_box }}</w:t></w:r></w:p>{% if agent %}\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">姓名：{{ agent.name }}\u3000单位：{{ agent.firm }}\u3000职务：{{ agent.title }}\u3000联系电话：{{ agent.phone }}</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">代理权限：一般授权{{ answer.agent_general_box }}\u3000特别授权{{ answer.agent_special_box }}</w:t></w:r></w:p>{% endif %}</w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2948"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t>送达地址（所填信息除书面特别声明更改外，适用于案件所有后续程序）及收件人、联系电话</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="5896"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">地址：{{ answer.delivery.address }}</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">收件人：{{ answer.delivery.recipient }}</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">电话：{{ answer.delivery.phone }}</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2948"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t>是否接受电子送达</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="5896"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">是{{ answer.delivery.electronic_yes_box }}\u3000电子邮箱：{{ answer.delivery.email }}</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">其他方式：短信{{ answer.delivery.sms_box }}\u3000微信{{ answer.delivery.wechat_box }}\u3000传真{{ answer.delivery.fax_box }}\u3000其他{{ answer.delivery.other_box }}</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">否{{ answer.delivery.electronic_no_box }}</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr/><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="8844"/><w:gridSpan w:val="2"/><w:vAlign w:val="center"/><w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTableSection"/></w:pPr><w:r><w:t>答辩事项和依据（对原告诉讼请求的确认或者异议）</w:t></w:r></w:p></w:tc></w:tr>{% for r in answer.item_rows %}<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2948"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">{{ r.no }}．{{ r.label|fullwidth }}</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="5896"/><w:vAlign w:val="center"/></w:tcPr>{% if r.key == "basis" %}\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">{{ r.text }}</w:t></w:r></w:p>{% elif r.key == "exemption" %}\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">有{{ r.yes_box }}\u3000\u3000无{{ r.no_box }}</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">事实和理由：{{ r.text }}</w:t></w:r></w:p>{% else %}\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">无异议{{ r.agree_box }}\u3000\u3000有异议{{ r.dispute_box }}</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">事实和理由：{{ r.text }}</w:t></w:r></w:p>{% endif %}</w:tc></w:tr>{% endfor %}<w:tr><w:trPr/><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="8844"/><w:gridSpan w:val="2"/><w:vAlign w:val="center"/><w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTableSection"/></w:pPr><w:r><w:t>事实和理由（对起诉状事实与理由的确认或者异议）</w:t></w:r></w:p></w:tc></w:tr>{% for r in answer.fact_rows[:-1] %}<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2948"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">{{ r.no }}．{{ r.label|fullwidth }}</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="5896"/><w:vAlign w:val="center"/></w:tcPr>{% if r.key == "basis" %}\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">{{ r.text }}</w:t></w:r></w:p>{% elif r.key == "exemption" %}\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">有{{ r.yes_box }}\u3000\u3000无{{ r.no_box }}</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">事实和理由：{{ r.text }}</w:t></w:r></w:p>{% else %}\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">无异议{{ r.agree_box }}\u3000\u3000有异议{{ r.dispute_box }}</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">事实和理由：{{ r.text }}</w:t></w:r></w:p>{% endif %}</w:tc></w:tr>{% endfor %}{% with r = answer.fact_rows[-1] %}<w:tr><w:trPr/><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2948"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">{{ r.no }}．{{ r.label|fullwidth }}</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="5896"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/></w:pPr><w:r><w:t xml:space="preserve">{{ r.text }}</w:t></w:r></w:p></w:tc></w:tr>{% endwith %}<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="2948"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">{{ answer.fact_rows|length + 1 }}．证据清单</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="5896"/><w:vAlign w:val="center"/></w:tcPr>\n<w:p><w:pPr><w:pStyle w:val="SKTable"/><w:keepNext/></w:pPr><w:r><w:t xml:space="preserve">{{ answer.evidence_note }}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>{% for line in answer.signature %}\n<w:p><w:pPr><w:pStyle w:val="SKSignFirst"/></w:pPr><w:r><w:t xml:space="preserve">{{ line }}</w:t></w:r></w:p>{% endfor %}\n<w:p><w:pPr><w:pStyle w:val="SKSignLast"/></w:pPr><w:r><w:t xml:space="preserve">日期：{{ dates.signed_upper }}</w:t></w:r></w:p><w:sectPr w:rsidR="00FC693F" w:rsidRPr="0006063C" w:rsidSect="00034616"><w:footerReference w:type="default" r:id="rId9"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="850" w:footer="1247" w:gutter="0"/><w:cols w:space="720"/><w:docGrid w:linePitch="360"/></w:sectPr></w:body>'
HEAD = b'<?xml version=\'1.0\' encoding=\'UTF-8\' standalone=\'yes\'?>\n<w:document xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mo="http://schemas.microsoft.com/office/mac/office/2008/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:mv="urn:schemas-microsoft-com:mac:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="w14 wp14">'
TAIL = b'</w:document>'
GRIDS_FIXED = True
OTHER_PARTS = (('word/footer1.xml', '<w:ftr xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:mo="http://schemas.microsoft.com/office/mac/office/2008/main" xmlns:mv="urn:schemas-microsoft-com:mac:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="w14 wp14">\n<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr><w:r><w:t xml:space="preserve">第 </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> 页 共 </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> NUMPAGES </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> 页</w:t></w:r></w:p></w:ftr>'),)

# Generated by `python -m summons_kit.documents.precompile` from templates/answer_element_card.docx: do not edit.
