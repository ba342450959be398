/** The words the console uses for the API's codes. */
export const MODE: Record<string, string> = { RULE: '规则', LLM: '模型', SEARCH: '原文检索', NONE: '无答案' };
export const MODE_HELP: Record<string, string> = {
  RULE: '按问题类型匹配到固定查询，从图谱中算出答案',
  LLM: '由大模型生成查询，经校验后在图谱中执行',
  SEARCH: '没有可计算的答案，列出相关原文段落供查阅',
  NONE: '图谱中没有找到相关内容',
};
export const BASIS: Record<string, string> = {
  STATED: '文件写明',
  POLICY: '依据政策文件',
  PORTFOLIO: '依据领导分工',
  MODEL: '模型推断（有原文支持）',
};
export const ROLE: Record<string, string> = { LEAD: '牵头', SUPPORT: '配合' };
export const STATUS: Record<string, string> = { PLANNED: '计划', ACHIEVED: '已完成' };
/** Target.outcome.status: whether a planned target was met, by the figure its jurisdiction reported */
export const OUTCOME: Record<string, string> = { MET: '已完成', NOT_MET: '未完成', UNKNOWN: '无法判断' };
export const ORG_KIND: Record<string, string> = {
  DEPARTMENT: '部门',
  TOWN: '镇',
  CENTER: '事业单位/中心',
  SOE: '国有企业',
  PARTY: '党的机构',
  CONGRESS: '人大/政协',
  COLLECTIVE: '集体（如各镇政府）',
  EXTERNAL: '外部单位',
};
export const DOC_KIND: Record<string, string> = {
  NOTICE: '通知',
  PLAN: '方案/规划',
  EMERGENCY_PLAN: '应急预案',
  MEASURES: '办法/措施',
  DIVISION_OF_WORK: '领导分工',
  APPOINTMENT: '人事任免',
  WORK_REPORT: '政府工作报告',
  SUPERVISION: '督查通报',
  CITED: '被引用文件',
  OTHER: '其他',
};
export const APPOINT: Record<string, string> = {
  APPOINT: '任命',
  REMOVE: '免去',
  NOMINATE: '提名',
  NOMINATE_REMOVE: '提名免去',
};

export function confidenceWord(c: number | null | undefined): string {
  if (c == null) return '未评估';
  if (c >= 0.85) return '高';
  if (c >= 0.65) return '较高';
  if (c >= 0.45) return '中等';
  if (c > 0) return '低';
  return '无';
}

const num = (v: number) => (Number.isInteger(v) ? String(v) : String(Math.round(v * 100) / 100));

/** 3000户以上 · 增长6%左右 · 8–10% · 定性 */
export function valueText(t: {
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  modifier: string | null;
  measure: string;
}): string {
  if (t.value == null) return t.measure === 'QUALITATIVE' ? '定性' : '—';
  const unit = t.unit ?? '';
  let v =
    t.modifier === 'RANGE' && t.valueMax != null
      ? `${num(t.value)}–${num(t.valueMax)}${unit}`
      : `${num(t.value)}${unit}`;
  if (t.measure === 'GROWTH') v = `增长${v}`;
  else if (t.measure === 'CHANGE') v = `下降${v}`;
  if (t.modifier === 'ABOUT') v += '左右';
  else if (t.modifier === 'AT_LEAST') v += '以上';
  else if (t.modifier === 'AT_MOST') v += '以内';
  return v;
}

export const docLabel = (d: { title: string; docNumber?: string | null }) =>
  d.docNumber ? `${d.title}（${d.docNumber}）` : d.title;
