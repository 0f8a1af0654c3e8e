// A reload builds the next engine in slices: a question that arrives meanwhile is answered
// between two slices (from the engine still being served), not after the whole build.
import { createEngine, loadKnowledge } from '../../../src';
import { createEngineSteps } from '../../../src/engine/engine';
import { loadKnowledgeSteps } from '../../../src/knowledge/load';
import { runInSlices } from '../../../src/live/run-in-slices';
import type { Steps } from '../../../src/steps';

function countSlices<T>(steps: Steps<T>): number {
  let slices = 1;
  while (!steps.next().done) slices += 1;
  return slices;
}

const loaded = loadKnowledge('knowledge');
if (!loaded.ok) throw new Error('knowledge/ is invalid');
const { kb } = loaded;

describe('building in slices', () => {
  it('GIVEN the real knowledge base THEN loading and building each take several slices', () => {
    expect(countSlices(loadKnowledgeSteps('knowledge'))).toBeGreaterThan(5);
    expect(countSlices(createEngineSteps(kb))).toBeGreaterThan(3);
  });

  it('GIVEN a build in slices THEN a question asked meanwhile is answered before the build ends', async () => {
    const serving = createEngine(kb);
    const order: string[] = [];
    const build = runInSlices(createEngineSteps(kb)).then((engine) => {
      order.push('built');
      return engine;
    });
    setImmediate(() => {
      order.push(`answered ${serving.ask('what are the four goals').entryId ?? 'nothing'}`);
    });
    const built = await build;
    expect(order).toEqual(['answered four-shared-goals', 'built']);
    expect(built.ask('what are the four goals').entryId).toBe('four-shared-goals');
  });

  it('GIVEN steps that throw THEN the promise rejects with the error', async () => {
    function* failing(): Steps<number> {
      yield;
      throw new Error('broken build');
    }
    await expect(runInSlices(failing())).rejects.toThrow('broken build');
  });
});
