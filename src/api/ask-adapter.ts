/**
 * The question layer wired to a store: what `createApp({ store, ask: askWith(store) })` expects.
 * Kept apart from app.ts so the API builds and tests without src/ask.
 */
import { ask, llmFromConfig } from '../ask/index.js';
import { logger } from '../logger.js';
import type { Store } from '../store/index.js';
import type { AnswerValue, AskFn } from './context.js';
import { readQuery } from './util.js';

export const askWithStore: AskFn = async (question, { store }) => {
  const started = performance.now();
  const answer: AnswerValue = await ask(question, {
    run: (cypher, params) => store.read(cypher, params),
    llm: llmFromConfig(),
  });
  // the question's length, not its text: what users ask is theirs
  logger.info(
    {
      family: answer.family ?? null,
      mode: answer.mode,
      rows: answer.rows.length,
      error: answer.error?.code,
      chars: question.length,
      ms: Math.round(performance.now() - started),
    },
    'ask',
  );
  return answer;
};

/**
 * Questions of every family, filled with names read from the graph: asked once at start-up so that
 * each family's statements are planned before the first user's question (Neo4j plans a statement
 * the first time it sees its text with those parameter types: 100–800 ms each, measured; an
 * EXPLAIN without real parameters does not spare it). Offline only (never the model); answers dropped.
 */
const WARM_QUESTIONS = (n: Record<string, string>) => [
  `${n.organization}归谁管`,
  `${n.person}分管哪些单位`,
  `${n.person}出差的时候谁替他`,
  `${n.person}协助谁工作`,
  `${n.person}是干什么的`,
  `${n.person}联系哪些单位`,
  `${n.organization}打哪个电话`,
  `${n.metric}今年目标是多少`,
  `去年${n.metric}多少`,
  `${n.metric}今年目标比去年实际多多少`,
  `${n.organization}今年有哪些目标任务`,
  `${n.person}分管的单位今年要完成什么指标`,
  `${n.figure}这事归哪个部门`,
  `${n.title}的文号是多少`,
  `${n.organization}局长是谁`,
  `${n.person}当了什么官`,
  `${n.docNumber}涉及哪些人`,
  `${n.group}的办公室设在哪`,
  `交通那块谁分管`,
  `历史文化保护那块工作谁牵头`,
  `${n.figure}对应方案里的哪项任务`,
  `出了${n.group}的事该打什么电话`,
  `一个月工资多少`,
  `Who supervises the ${n.organization}?`,
  `获得奖项能奖励多少钱`,
  `北京市今年GDP增长目标是多少`,
  `${n.metric}`,
];

export async function warmAsk(store: Store): Promise<number> {
  const run = (cypher: string, params: Record<string, unknown>) => store.read(cypher, params);
  const [names] = await readQuery(store, 'warm-names');
  const filled = Object.fromEntries(Object.entries(names ?? {}).map(([k, v]) => [k, v ?? '']));
  const questions = WARM_QUESTIONS(filled);
  for (const q of questions) await ask(q, { run, llm: null }).catch(() => undefined);
  return questions.length;
}
