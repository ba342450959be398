/**
 * The reviewed portfolio vocabulary (seed/lexicon/areas.json), checked once at import.
 * Static data shipped with the code, not I/O at run time.
 */
import { z } from 'zod';
import raw from '../../seed/lexicon/areas.json' with { type: 'json' };

const FieldSchema = z.object({
  field: z.string(),
  areas: z.array(z.string()),
  departments: z.array(z.string()).min(1),
  keywords: z.array(z.string()),
});
const AreasSchema = z.object({ neutral: z.array(z.string()), fields: z.array(FieldSchema) });

export type PortfolioField = z.infer<typeof FieldSchema>;
export const areasLexicon: Readonly<z.infer<typeof AreasSchema>> = Object.freeze(AreasSchema.parse(raw));
