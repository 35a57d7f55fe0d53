import { getTransformReply } from '@x/modules';
import FUNCTION_LIST from './function-list';
import FUNCTION_LIST_WITHCODE from './function-list-withcode';

const RESP2_LIBRARY = [
  'library_name', 'mylib',
  'engine', 'LUA',
  'functions', [
    ['name', 'f1', 'description', null, 'flags', ['no-writes']],
    ['name', 'f2', 'description', 'two', 'flags', []],
  ],
];

describe('FUNCTION LIST', () => {
  it('shapes RESP2 libraries as node-redis does', () => {
    expect(getTransformReply(FUNCTION_LIST, 2)!([RESP2_LIBRARY])).toEqual([
      {
        library_name: 'mylib',
        engine: 'LUA',
        functions: [
          { name: 'f1', description: null, flags: ['no-writes'] },
          { name: 'f2', description: 'two', flags: [] },
        ],
      },
    ]);
    expect(getTransformReply(FUNCTION_LIST, 2)!([])).toEqual([]);
  });

  it("WITHCODE adds library_code (functionListWithCode, or x's earlier { WITHCODE: true })", () => {
    const [fromList] = getTransformReply(FUNCTION_LIST, 2)!([[...RESP2_LIBRARY, 'library_code', 'code']]) as Array<Record<string, unknown>>;
    expect(fromList!.library_code).toBe('code');
    const [library] = getTransformReply(FUNCTION_LIST_WITHCODE, 2)!([[...RESP2_LIBRARY, 'library_code', '#!lua name=mylib']]) as Array<Record<string, unknown>>;
    expect(library!.library_code).toBe('#!lua name=mylib');
    expect(library!.library_name).toBe('mylib');
  });

  it("keeps RESP3's maps and sets as decoded", () => {
    expect(getTransformReply(FUNCTION_LIST, 3)).toBeUndefined();
    expect(getTransformReply(FUNCTION_LIST_WITHCODE, 3)).toBeUndefined();
  });
});
