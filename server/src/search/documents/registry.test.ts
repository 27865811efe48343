import { describe, expect, it } from 'vitest';
import { Case } from '../../modules/case/case.entity.js';
import { Comment } from '../../modules/discussion/comment.entity.js';
import { Method } from '../../modules/method/method.entity.js';
import { Topic } from '../../modules/topic/topic.entity.js';
import { searchFeed, SearchRegistry, type SearchSource } from './registry.js';

/** A source with no rows: the registry only records and dispatches, it never loads. */
const source = <T extends 'Case' | 'Method'>(type: T, entity: SearchSource<T>['entity']): SearchSource<T> => ({
  type,
  entity,
  description: `${type}s.`,
  table: type.toLowerCase(),
  load: () => Promise.resolve([]),
  readable: () => ({}),
});

describe('search registry', () => {
  it('refuses a search type two modules declare, naming both', () => {
    const registry = new SearchRegistry();
    registry.add('case', [source('Case', Case)]);
    expect(() => registry.add('copy', [source('Case', Case)])).toThrow(
      'The search type Case is declared by both modules case and copy.',
    );
  });

  it('refuses a feed two modules declare, or one for a search type, naming both', () => {
    const registry = new SearchRegistry();
    registry.add('topic', [], [searchFeed({ entity: Topic })]);
    expect(() => registry.add('other', [], [searchFeed({ entity: Topic })])).toThrow(
      'The search feed Topic is declared by both modules topic and other.',
    );
    registry.add('case', [source('Case', Case)]);
    expect(() => registry.add('shadow', [], [searchFeed({ entity: Case })])).toThrow(
      'The search feed Case is declared by both modules case and shadow.',
    );
  });

  it('refuses a type whose entity has another name (hits are typed by their class name)', () => {
    expect(() => new SearchRegistry().add('case', [{ ...source('Case', Case), entity: Method }])).toThrow(
      'The search type Case of module case hydrates as Method.',
    );
  });

  it('answers only once every module is defined, and takes no type after that', () => {
    const registry = new SearchRegistry();
    registry.add('method', [source('Method', Method)]);
    expect(() => registry.types()).toThrow('read before the modules are loaded');
    let built: readonly string[] = [];
    registry.whenSealed(() => (built = registry.types()));
    registry.add('case', [source('Case', Case)]);
    registry.seal();
    // By name, whatever order the modules were defined in.
    expect(registry.types()).toEqual(['Case', 'Method']);
    expect(built).toEqual(['Case', 'Method']);
    expect(() => registry.add('late', [], [searchFeed({ entity: Topic })])).toThrow('module late is defined too late');
  });

  it('queues children under their parent and shown rows under their own name', () => {
    const registry = new SearchRegistry();
    registry.add('method', [source('Method', Method)]);
    registry.add('topic', [], [searchFeed({ entity: Topic })]);
    registry.add(
      'discussion',
      [],
      [
        searchFeed<Comment>({
          entity: Comment,
          parent: () => ({ type: 'Method', id: 'm1' }),
          shownProperties: ['body'],
        }),
      ],
    );
    registry.seal();
    expect(['Method', 'Topic', 'Comment', 'Case'].map((type) => registry.queuedAsItself(type))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(['Method', 'Topic', 'Comment', 'Case'].map((type) => registry.shownInOthers(type))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(registry.feed('Comment')?.parent?.(new Comment())).toEqual({ type: 'Method', id: 'm1' });
  });
});
