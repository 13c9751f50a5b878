import { ko } from 'date-fns/locale/ko';
import type { LocaleData } from '../types.js';

const data: LocaleData = {
  code: 'ko',
  dir: 'ltr',
  dateLocale: ko,
  patterns: { year: 'y년', month: 'y년 M월', day: 'y년 M월 d일', bce: '기원전 {y}' },
  messages: {
    loading: '타임라인을 불러오는 중…',
    timeline: '타임라인',
    axis: '시간 축',
    filterBy: '관련 주체별 보기',
    showAll: '전체',
    source: '출처',
    sources: '출처',
    sourceKinds: { report: '보고서', article: '기사', book: '책', paper: '논문' },
    era: '시대',
    noEvents: '표시할 사건이 없습니다.',
    noEventsForFilter: '선택한 주체와 관련된 사건이 없습니다.',
    errorTitle: '이 타임라인에 문제가 있습니다',
    invalidEntries: (n) => `${n}개 항목이 빠지거나 줄었습니다:`,
    moreErrors: (n) => `외 ${n}개`,
    shown: (n) => `사건 ${n}개 표시.`,
    httpError: (status) => `이야기를 불러오지 못했습니다: 서버 응답 ${status}.`,
    networkError: '이야기를 불러오지 못했습니다: 네트워크 요청이 실패했습니다.',
    corsError:
      '이야기를 불러오지 못했습니다: 서버가 다른 사이트의 읽기를 허용하지 않습니다. 서버가 Access-Control-Allow-Origin 헤더를 보내야 합니다.',
    timeoutError: (s) => `이야기를 불러오지 못했습니다: ${s}초 동안 응답이 없습니다.`,
    jsonError: '이야기를 읽지 못했습니다: 올바른 JSON이 아닙니다.',
    csvError: '이야기를 읽지 못했습니다: CSV 형식이 잘못되었습니다.',
    axisSpan: (from, to) => `${from}부터 ${to}까지의 시간 축`,
    axisSpanAt: (from, to, at) => `${from}부터 ${to}까지의 시간 축, ${at} 표시`,
    other: '기타',
  },
};

export default data;
