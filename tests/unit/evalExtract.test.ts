import { describe, expect, it } from 'vitest';
import { namesSpeaker } from '../../src/cli/evalExtract';

describe('eval:extract speaker matching', () => {
  it('matches a key as whole words, with dots and a plural folded', () => {
    expect(namesSpeaker('The U.S.', ['US'])).toBe(true);
    expect(namesSpeaker('Two US officials', ['US official'])).toBe(true);
    expect(namesSpeaker('Liu Pengyu', ['Liu'])).toBe(true);
  });
  it('does not match inside a longer word or another name', () => {
    expect(namesSpeaker('Russian officials', ['Russia'])).toBe(false);
    expect(namesSpeaker('Wang Wenbin', ['Wang Yi'])).toBe(false);
    expect(namesSpeaker('Senior Chinese officials', ['Biden administration officials'])).toBe(false);
  });
});
