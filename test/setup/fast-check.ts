import fc from 'fast-check';

// Property tests run with a fixed seed so CI is repeatable; set FC_SEED to explore other inputs (FC_SEED=random for a new one each run).
const seed = process.env.FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed ? Number(seed) : 20261125 });
