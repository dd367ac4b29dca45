import { z } from 'zod';

/** A rectangle on a picture, in the picture's own pixels. */
export const boxSchema = z.object({
  x: z.number().min(0),
  y: z.number().min(0),
  width: z.number().positive(),
  height: z.number().positive(),
});
export type BoxRecord = z.infer<typeof boxSchema>;
