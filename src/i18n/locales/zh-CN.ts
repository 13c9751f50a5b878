import { zhCN } from 'date-fns/locale/zh-CN';
import type { LocaleData } from '../types.js';

const data: LocaleData = {
  code: 'zh-CN',
  dir: 'ltr',
  dateLocale: zhCN,
  patterns: { year: 'y年', month: 'y年M月', day: 'y年M月d日', bce: '公元前{y}' },
  messages: {
    loading: '正在加载时间线…',
    timeline: '时间线',
    axis: '时间轴',
    filterBy: '按相关方筛选',
    showAll: '全部',
    source: '来源',
    sources: '来源',
    sourceKinds: { report: '报告', article: '文章', book: '书籍', paper: '论文' },
    era: '时期',
    noEvents: '没有可显示的事件。',
    noEventsForFilter: '没有与所选相关方有关的事件。',
    errorTitle: '此时间线有问题',
    invalidEntries: (n) => `${n} 个条目被省略或删减：`,
    moreErrors: (n) => `另有 ${n} 个`,
    shown: (n) => `显示 ${n} 个事件。`,
    httpError: (status) => `无法加载内容：服务器返回 ${status}。`,
    networkError: '无法加载内容：网络请求失败。',
    corsError: '无法加载内容：其服务器不允许其他网站读取。服务器必须发送 Access-Control-Allow-Origin 标头。',
    timeoutError: (s) => `无法加载内容：${s} 秒内无响应。`,
    jsonError: '无法读取内容：不是有效的 JSON。',
    csvError: '无法读取内容：CSV 格式有误。',
    axisSpan: (from, to) => `从${from}到${to}的时间轴`,
    axisSpanAt: (from, to, at) => `从${from}到${to}的时间轴，标记于${at}`,
    other: '其他',
  },
};

export default data;
