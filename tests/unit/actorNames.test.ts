import { describe, expect, it } from 'vitest';
import { actorKey, distinctActors, sameSpeaker } from '../../src/core/people/actorNames';

describe('actor names', () => {
  it('gives variant names of one source one key: articles, dots, qualifiers and titles drop; places become their country', () => {
    expect(actorKey('The U.S.')).toBe(actorKey('the US'));
    expect(actorKey('Unnamed US officials')).toBe(actorKey('The US'));
    expect(actorKey('Kremlin')).toBe(actorKey('Russia'));
    expect(actorKey('Chinese and US officials')).not.toBe(actorKey('US officials'));
    expect(actorKey('Ana Ruiz')).not.toBe(actorKey('Ana Ortiz'));
  });

  it('shows each source once, by its longest variant, in order of first mention', () => {
    expect(distinctActors(['The US', 'Ana Ruiz', 'Unnamed US officials', 'The U.S.'])).toEqual(['Unnamed US officials', 'Ana Ruiz']);
  });

  it('takes a surname or a title plus surname for the same speaker, and nothing looser', () => {
    expect(sameSpeaker('Mr Ruiz', 'Ana Ruiz')).toBe(true);
    expect(sameSpeaker('Ruiz', 'Mayor Ana Ruiz')).toBe(true);
    expect(sameSpeaker('Ana Ortiz', 'Ana Ruiz')).toBe(false);
    expect(sameSpeaker('he', 'Ana Ruiz')).toBe(false);
  });
});
