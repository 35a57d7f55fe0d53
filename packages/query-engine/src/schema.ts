// An index's schema, as FT.CREATE and FT.ALTER take it: field name → its type, or its definition
// (or several, to index one field more than once), and how that becomes `field [AS alias] TYPE …`.
import type { CommandParser, RedisArgument } from '@x/modules';
import { writeAttributes, type Attribute } from './attributes';

/** The field types. */
export const SCHEMA_FIELD_TYPE = {
  TEXT: 'TEXT',
  NUMERIC: 'NUMERIC',
  GEO: 'GEO',
  TAG: 'TAG',
  VECTOR: 'VECTOR',
  GEOSHAPE: 'GEOSHAPE',
} as const;

export type SchemaFieldType = (typeof SCHEMA_FIELD_TYPE)[keyof typeof SCHEMA_FIELD_TYPE];

/** A TEXT field's phonetic matcher (Double Metaphone) and its language. */
export const SCHEMA_TEXT_FIELD_PHONETIC = {
  DM_EN: 'dm:en',
  DM_FR: 'dm:fr',
  DM_PT: 'dm:pt',
  DM_ES: 'dm:es',
} as const;

export type SchemaTextFieldPhonetic = (typeof SCHEMA_TEXT_FIELD_PHONETIC)[keyof typeof SCHEMA_TEXT_FIELD_PHONETIC];

/** A VECTOR field's index: brute force, HNSW graph, or (Redis 8.2+) SVS-Vamana. */
export const SCHEMA_VECTOR_FIELD_ALGORITHM = {
  FLAT: 'FLAT',
  HNSW: 'HNSW',
  /** Redis 8.2+. */
  VAMANA: 'SVS-VAMANA',
} as const;

export type SchemaVectorFieldAlgorithm = (typeof SCHEMA_VECTOR_FIELD_ALGORITHM)[keyof typeof SCHEMA_VECTOR_FIELD_ALGORITHM];

/** An SVS-Vamana field's vector compression. */
export const VAMANA_COMPRESSION_ALGORITHM = {
  LVQ4: 'LVQ4',
  LVQ8: 'LVQ8',
  LVQ4x4: 'LVQ4x4',
  LVQ4x8: 'LVQ4x8',
  LeanVec4x8: 'LeanVec4x8',
  LeanVec8x8: 'LeanVec8x8',
} as const;

export type VamanaCompressionAlgorithm = (typeof VAMANA_COMPRESSION_ALGORITHM)[keyof typeof VAMANA_COMPRESSION_ALGORITHM];

/** A GEOSHAPE field's coordinates: longitude/latitude on a sphere, or a plane. */
export const SCHEMA_GEO_SHAPE_COORD_SYSTEM = {
  SPHERICAL: 'SPHERICAL',
  FLAT: 'FLAT',
} as const;

export type SchemaGeoShapeFieldCoordSystem = (typeof SCHEMA_GEO_SHAPE_COORD_SYSTEM)[keyof typeof SCHEMA_GEO_SHAPE_COORD_SYSTEM];

/** What every field definition has: its type, an alias to query it by, and whether missing values are indexed. */
interface BaseField<T extends SchemaFieldType> {
  type: T;
  /** Queried as `@alias` (with `ON JSON`, the field name is a JSONPath and this is how to name it). */
  AS?: RedisArgument;
  INDEXMISSING?: boolean;
}

/** A field that can be sorted by (`'UNF'`: sorted by its unnormalized value) or kept unindexed. */
interface SortableField<T extends SchemaFieldType> extends BaseField<T> {
  SORTABLE?: boolean | 'UNF';
  NOINDEX?: boolean;
}

export interface SchemaTextField extends SortableField<'TEXT'> {
  NOSTEM?: boolean;
  WEIGHT?: number;
  PHONETIC?: SchemaTextFieldPhonetic;
  WITHSUFFIXTRIE?: boolean;
  INDEXEMPTY?: boolean;
}

export type SchemaNumericField = SortableField<'NUMERIC'>;
export type SchemaGeoField = SortableField<'GEO'>;

export interface SchemaTagField extends SortableField<'TAG'> {
  SEPARATOR?: RedisArgument;
  CASESENSITIVE?: boolean;
  WITHSUFFIXTRIE?: boolean;
  INDEXEMPTY?: boolean;
}

interface VectorField extends BaseField<'VECTOR'> {
  ALGORITHM: SchemaVectorFieldAlgorithm;
  TYPE: 'FLOAT32' | 'FLOAT64' | 'BFLOAT16' | 'FLOAT16' | 'INT8' | 'UINT8';
  DIM: number;
  DISTANCE_METRIC: 'L2' | 'IP' | 'COSINE';
  INITIAL_CAP?: number;
}

export interface SchemaFlatVectorField extends VectorField {
  ALGORITHM: 'FLAT';
  BLOCK_SIZE?: number;
}

export interface SchemaHNSWVectorField extends VectorField {
  ALGORITHM: 'HNSW';
  M?: number;
  EF_CONSTRUCTION?: number;
  EF_RUNTIME?: number;
  /** Rerank with full-precision vectors (a disk-based index; Redis 8.10+). */
  RERANK?: boolean;
  /** Scalar quantization of the stored vectors; TYPE FLOAT32 or FLOAT16 (Redis 8.12+). */
  COMPRESSION?: 'SQ8';
  /** Vectors collected before the quantization parameters are computed (0–102400), with COMPRESSION. */
  TRAINING_THRESHOLD?: number;
}

export interface SchemaVAMANAVectorField extends VectorField {
  ALGORITHM: 'SVS-VAMANA';
  TYPE: 'FLOAT16' | 'FLOAT32';
  COMPRESSION?: VamanaCompressionAlgorithm;
  CONSTRUCTION_WINDOW_SIZE?: number;
  GRAPH_MAX_DEGREE?: number;
  SEARCH_WINDOW_SIZE?: number;
  EPSILON?: number;
  /** With COMPRESSION only. */
  TRAINING_THRESHOLD?: number;
  /** With a LeanVec COMPRESSION only. */
  REDUCE?: number;
}

export interface SchemaGeoShapeField extends BaseField<'GEOSHAPE'> {
  COORD_SYSTEM?: SchemaGeoShapeFieldCoordSystem;
}

/** One field definition: an object with its attributes, or just its type (`'TEXT'`). */
export type SchemaFieldDefinition =
  | SchemaTextField
  | SchemaNumericField
  | SchemaGeoField
  | SchemaTagField
  | SchemaFlatVectorField
  | SchemaHNSWVectorField
  | SchemaVAMANAVectorField
  | SchemaGeoShapeField
  | SchemaFieldType;

/**
 * An index's schema: `{ title: 'TEXT', price: { type: 'NUMERIC', SORTABLE: true } }`. An array indexes
 * the same field several times, each under its own alias:
 * `{ sku: [{ type: 'TEXT', AS: 'sku_text' }, { type: 'TAG', AS: 'sku_tag' }] }`.
 */
export interface RediSearchSchema {
  [field: string]: SchemaFieldDefinition | Array<SchemaFieldDefinition>;
}

// The attributes after each type's name, in wire order. SORTABLE and NOINDEX close the field.
const SORTABLE_TAIL: ReadonlyArray<Attribute> = [
  ['SORTABLE', 'sortable'],
  ['NOINDEX', 'flag'],
];

const FIELD_ATTRIBUTES: Readonly<Record<string, ReadonlyArray<Attribute>>> = {
  TEXT: [
    ['INDEXMISSING', 'flag'],
    ['NOSTEM', 'flag'],
    ['WEIGHT', 'number'],
    ['PHONETIC', 'text'],
    ['WITHSUFFIXTRIE', 'flag'],
    ['INDEXEMPTY', 'flag'],
    ...SORTABLE_TAIL,
  ],
  NUMERIC: [['INDEXMISSING', 'flag'], ...SORTABLE_TAIL],
  GEO: [['INDEXMISSING', 'flag'], ...SORTABLE_TAIL],
  TAG: [
    ['INDEXMISSING', 'flag'],
    ['SEPARATOR', 'text'],
    ['CASESENSITIVE', 'flag'],
    ['WITHSUFFIXTRIE', 'flag'],
    ['INDEXEMPTY', 'flag'],
    ...SORTABLE_TAIL,
  ],
  GEOSHAPE: [
    ['COORD_SYSTEM', 'given'],
    ['INDEXMISSING', 'flag'],
  ],
};

// A vector field's parameters travel as one counted block: `VECTOR algo count TYPE t DIM d …`: the
// required three, INITIAL_CAP, then the algorithm's own.
const VECTOR_ALGORITHM_ATTRIBUTES: Readonly<Record<string, ReadonlyArray<Attribute>>> = {
  FLAT: [['BLOCK_SIZE', 'number']],
  HNSW: [
    ['M', 'number'],
    ['EF_CONSTRUCTION', 'number'],
    ['EF_RUNTIME', 'number'],
    ['RERANK', 'bool'],
    ['COMPRESSION', 'text'],
    ['TRAINING_THRESHOLD', 'number'],
  ],
  'SVS-VAMANA': [
    ['COMPRESSION', 'text'],
    ['CONSTRUCTION_WINDOW_SIZE', 'number'],
    ['GRAPH_MAX_DEGREE', 'number'],
    ['SEARCH_WINDOW_SIZE', 'number'],
    ['EPSILON', 'number'],
    ['TRAINING_THRESHOLD', 'number'],
    ['REDUCE', 'number'],
  ],
};

const own = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);

function writeVectorField(parser: CommandParser, field: SchemaFlatVectorField | SchemaHNSWVectorField | SchemaVAMANAVectorField): void {
  parser.push(field.ALGORITHM);
  // TYPE, DIM and DISTANCE_METRIC are required, so they are pushed unconditionally, as node-redis
  // does: a missing DIM fails here (it has no text), a missing TYPE or metric when the call is sent.
  const block: Array<RedisArgument> = [
    'TYPE',
    field.TYPE,
    'DIM',
    (field.DIM as unknown as { toString(): string }).toString(),
    'DISTANCE_METRIC',
    field.DISTANCE_METRIC,
  ];
  writeAttributes(block, field, [['INITIAL_CAP', 'number']]);
  const algorithmAttributes = own(VECTOR_ALGORITHM_ATTRIBUTES, field.ALGORITHM);
  if (algorithmAttributes !== undefined) writeAttributes(block, field, algorithmAttributes);
  parser.pushVariadicWithLength(block);
  if (field.INDEXMISSING) parser.push('INDEXMISSING');
}

/** Pushes `field [AS alias] TYPE attributes…` for every field (and every definition of a field). */
export function pushSchema(parser: CommandParser, schema: RediSearchSchema): void {
  for (const [name, definitions] of Object.entries(schema)) {
    for (const definition of Array.isArray(definitions) ? definitions : [definitions]) {
      parser.push(name);
      if (typeof definition === 'string') {
        parser.push(definition);
        continue;
      }
      if (definition.AS) parser.push('AS', definition.AS);
      parser.push(definition.type);
      if (definition.type === 'VECTOR') {
        writeVectorField(parser, definition);
        continue;
      }
      // An unknown type (from JavaScript) is sent with no attributes: the server names it.
      const attributes = own(FIELD_ATTRIBUTES, definition.type);
      if (attributes !== undefined) writeAttributes(parser, definition, attributes);
    }
  }
}
