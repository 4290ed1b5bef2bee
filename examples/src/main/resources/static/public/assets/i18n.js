// The console's texts in Chinese (the default) and English; the choice is kept in the browser (localStorage).
const TEXTS = {
  'zh-CN': {
    'app.title': 'grid 网格化管理工作台',
    'nav.intake': '受理', 'nav.inbox': '待办', 'nav.monitor': '实时监控', 'nav.map': '网格地图',
    'lang.switch': 'English', 'user.signedIn': '当前用户', 'user.logout': '退出',
    'intake.title': '信息站受理（代群众申报）', 'intake.reporter': '申报群众编号', 'intake.grid': '所在网格',
    'intake.category': '类别', 'intake.urgency': '紧急程度', 'intake.description': '诉求内容',
    'intake.submit': '提交申报', 'intake.done': '已受理，编号', 'intake.public': '公开页面',
    'intake.complaint': '投诉对象', 'intake.complaint.none': '无（普通诉求）',
    'intake.complaint.team': '监督卡投诉：{team}（由上一级受理）',
    'inbox.title': '待办事项', 'inbox.empty': '本单位暂无在办事项', 'inbox.refresh': '刷新',
    'inbox.id': '编号', 'inbox.category': '类别', 'inbox.state': '状态', 'inbox.due': '期限', 'inbox.place': '层级与网格',
    'inbox.actions': '可办操作', 'inbox.applied': '已办理', 'inbox.refused': '未通过',
    'monitor.title': '实时监控', 'monitor.open': '在办事项（按层级与状态）', 'monitor.byState': '全部事项（按状态）',
    'monitor.overdue': '超期事项', 'monitor.none': '无', 'monitor.live': '实时推送', 'monitor.connected': '已连接',
    'monitor.disconnected': '已断开，正在重连', 'monitor.events': '最近事件', 'monitor.tier': '层级',
    'monitor.total': '合计', 'monitor.holder': '承办单位', 'monitor.dueBy': '期限',
    'map.title': '网格地图', 'map.caption': '各单元按职责网格着色，颜色表示片区网格',
    'public.title': '办理公开', 'public.holder': '承办单位', 'public.place': '所在地', 'public.state': '状态',
    'public.description': '诉求内容', 'public.result': '办理结果', 'public.process': '办理过程',
    'public.notFound': '未找到该事项', 'public.masked': '个人信息已脱敏处理',
    'field.reason': '理由', 'field.summary': '办结说明', 'field.result': '反馈结果', 'field.assignee': '承办人编号',
    'field.department': '部门（空则按类别分拨）', 'field.category': '新类别', 'field.original': '原事项编号',
    'field.rating': '评价',
    'tier.VILLAGE_GRID': '村网格', 'tier.DISTRICT_GRID': '片区网格', 'tier.TOWNSHIP_OFFICE': '乡网格办',
    'tier.COUNTY_OFFICE': '县网格办', 'tier.DEPARTMENT': '县职能部门',
    'state.REPORTED': '已申报', 'state.ACCEPTED': '已受理', 'state.SUSPENDED': '已暂停', 'state.RESOLVED': '已办结',
    'state.FEEDBACK_GIVEN': '已反馈', 'state.CLOSED': '已关闭', 'state.WITHDRAWN': '已撤回', 'state.DUPLICATE': '重复件',
    'kind.REPORTED': '申报', 'kind.ACCEPTED': '受理交办', 'kind.ROUTED': '分拨', 'kind.ESCALATED': '上报',
    'kind.AUTO_ESCALATED': '超期自动上报', 'kind.REMINDED': '催办', 'kind.SUPERVISED': '督办', 'kind.RETURNED': '退回',
    'kind.SUSPENDED': '暂停', 'kind.RESUMED': '恢复', 'kind.RESOLVED': '办结', 'kind.FEEDBACK_DELIVERED': '反馈',
    'kind.RATED': '评价', 'kind.REOPENED': '重办', 'kind.CLOSED': '关闭', 'kind.WITHDRAWN': '撤回',
    'kind.ON_SITE_ARRIVED': '到场', 'kind.ON_SITE_LAPSED': '到场超时', 'kind.ON_SITE_ARRIVED_LATE': '迟到场',
    'kind.RECATEGORIZED': '改类', 'kind.CLOSED_AS_DUPLICATE': '按重复件关闭',
    'category.land': '土地', 'category.water': '供水', 'category.roads': '道路', 'category.welfare': '民政救助',
    'category.disputes': '矛盾纠纷',
    'urgency.NORMAL': '一般', 'urgency.URGENT': '紧急',
    'action.accept': '受理', 'action.route': '分拨', 'action.escalate': '上报', 'action.return': '退回',
    'action.suspend': '暂停', 'action.resume': '恢复', 'action.resolve': '办结', 'action.feedback': '反馈',
    'action.on-site': '到场', 'action.recategorize': '改类', 'action.close-as-duplicate': '重复件',
    'action.rate': '评价', 'action.withdraw': '撤回',
  },
  en: {
    'app.title': 'grid console',
    'nav.intake': 'Intake', 'nav.inbox': 'Inbox', 'nav.monitor': 'Monitor', 'nav.map': 'Map',
    'lang.switch': '中文', 'user.signedIn': 'Signed in', 'user.logout': 'Sign out',
    'intake.title': 'Information station intake (report for a citizen)', 'intake.reporter': 'Citizen id',
    'intake.grid': 'Grid', 'intake.category': 'Category', 'intake.urgency': 'Urgency', 'intake.description': 'Request',
    'intake.submit': 'Report', 'intake.done': 'Reported as', 'intake.public': 'public page',
    'intake.complaint': 'Complaint about', 'intake.complaint.none': 'none (an ordinary request)',
    'intake.complaint.team': 'supervision-card complaint about {team} (taken by the tier above)',
    'inbox.title': 'Inbox', 'inbox.empty': 'Your office holds no open request', 'inbox.refresh': 'Refresh',
    'inbox.id': 'Id', 'inbox.category': 'Category', 'inbox.state': 'State', 'inbox.due': 'Due', 'inbox.place': 'Tier and grid',
    'inbox.actions': 'Actions', 'inbox.applied': 'Done', 'inbox.refused': 'Refused',
    'monitor.title': 'Real-time monitor', 'monitor.open': 'Open requests by tier and state',
    'monitor.byState': 'All requests by state', 'monitor.overdue': 'Overdue', 'monitor.none': 'none',
    'monitor.live': 'Live feed', 'monitor.connected': 'connected', 'monitor.disconnected': 'disconnected, reconnecting',
    'monitor.events': 'Latest events', 'monitor.tier': 'Tier', 'monitor.total': 'Total',
    'monitor.holder': 'Held by', 'monitor.dueBy': 'Due by',
    'map.title': 'Township map', 'map.caption': 'Units coloured by responsibility grid; colours are the districts',
    'public.title': 'Public record', 'public.holder': 'Handled by', 'public.place': 'Place', 'public.state': 'State',
    'public.description': 'Request', 'public.result': 'Result', 'public.process': 'Process',
    'public.notFound': 'No such request', 'public.masked': 'Personal data masked',
    'field.reason': 'Reason', 'field.summary': 'Summary', 'field.result': 'Result told', 'field.assignee': 'Assignee id',
    'field.department': 'Department (empty: by category)', 'field.category': 'New category',
    'field.original': 'Original request id', 'field.rating': 'Rating',
    'tier.VILLAGE_GRID': 'Village grid', 'tier.DISTRICT_GRID': 'District grid',
    'tier.TOWNSHIP_OFFICE': 'Township office', 'tier.COUNTY_OFFICE': 'County office', 'tier.DEPARTMENT': 'Department',
    'state.REPORTED': 'Reported', 'state.ACCEPTED': 'Accepted', 'state.SUSPENDED': 'Suspended',
    'state.RESOLVED': 'Resolved', 'state.FEEDBACK_GIVEN': 'Feedback given', 'state.CLOSED': 'Closed',
    'state.WITHDRAWN': 'Withdrawn', 'state.DUPLICATE': 'Duplicate',
    'kind.REPORTED': 'Reported', 'kind.ACCEPTED': 'Accepted', 'kind.ROUTED': 'Routed', 'kind.ESCALATED': 'Passed up',
    'kind.AUTO_ESCALATED': 'Lapsed upwards', 'kind.REMINDED': 'Reminded', 'kind.SUPERVISED': 'Supervised',
    'kind.RETURNED': 'Returned', 'kind.SUSPENDED': 'Suspended', 'kind.RESUMED': 'Resumed', 'kind.RESOLVED': 'Resolved',
    'kind.FEEDBACK_DELIVERED': 'Feedback', 'kind.RATED': 'Rated', 'kind.REOPENED': 'Reopened', 'kind.CLOSED': 'Closed',
    'kind.WITHDRAWN': 'Withdrawn', 'kind.ON_SITE_ARRIVED': 'On site', 'kind.ON_SITE_LAPSED': 'On-site limit lapsed',
    'kind.ON_SITE_ARRIVED_LATE': 'On site late', 'kind.RECATEGORIZED': 'Recategorized',
    'kind.CLOSED_AS_DUPLICATE': 'Closed as duplicate',
    'category.land': 'Land', 'category.water': 'Water', 'category.roads': 'Roads', 'category.welfare': 'Welfare',
    'category.disputes': 'Disputes',
    'urgency.NORMAL': 'Normal', 'urgency.URGENT': 'Urgent',
    'action.accept': 'Accept', 'action.route': 'Route', 'action.escalate': 'Pass up', 'action.return': 'Return',
    'action.suspend': 'Suspend', 'action.resume': 'Resume', 'action.resolve': 'Resolve', 'action.feedback': 'Feedback',
    'action.on-site': 'On site', 'action.recategorize': 'Recategorize', 'action.close-as-duplicate': 'Duplicate',
    'action.rate': 'Rate', 'action.withdraw': 'Withdraw',
  },
};

const KEY = 'grid.lang';

/** The language in use: zh-CN unless the user switched to English. */
export function lang() {
  return localStorage.getItem(KEY) === 'en' ? 'en' : 'zh-CN';
}

/** The text of a key in the language in use; the key itself when there is none (an id, say). */
export function t(key) {
  return TEXTS[lang()][key] ?? key;
}

/** Fills every element with a data-i18n attribute with its text, and the page's lang attribute. */
export function apply(root = document) {
  document.documentElement.lang = lang();
  for (const el of root.querySelectorAll('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n);
  }
}

/** Switches between Chinese and English and calls back so that the page redraws. */
export function toggle(redraw) {
  localStorage.setItem(KEY, lang() === 'en' ? 'zh-CN' : 'en');
  apply();
  redraw();
}

/** An element with text (never HTML: every value is set as text). */
export function el(tag, text, attrs = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) {
    node.textContent = String(text);
  }
  for (const [name, value] of Object.entries(attrs)) {
    node.setAttribute(name, value);
  }
  return node;
}

/** A short local date and time of an ISO instant. */
export function when(instant) {
  if (!instant) {
    return '';
  }
  return new Date(instant).toLocaleString(lang(), { dateStyle: 'short', timeStyle: 'short' });
}
