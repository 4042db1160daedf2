import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { questions } from "#db/schema";
import type { SkillSlug } from "#app/domain/skills";
import { attachPostImages, type ImageStore } from "#app/models/images/images.server";
import { processImage } from "#app/models/images/pipeline.server";
import { loadActor } from "#app/models/members/privileges.server";
import { updateHelpProfile } from "#app/models/people/profile.server";

/** What some demo members say they can help with (by member key). */
const HELP_PROFILES: { key: string; bio: string; skills: SkillSlug[]; tags?: string[] }[] = [
  {
    key: "camille",
    bio: "Maman de deux enfants, je couds et je jardine. Je peux garder vos enfants le mercredi.",
    skills: ["couture", "jardinage", "garde-enfants"],
  },
  {
    key: "karim",
    bio: "Informaticien, j’ai une perceuse et un escabeau. Je dépanne volontiers le soir.",
    skills: ["informatique", "bricolage", "velo"],
    tags: ["arabe"],
  },
  {
    key: "admin",
    bio: "Ambassadrice de Donges : passez me voir pour faire vérifier votre voisinage.",
    skills: ["demarches", "langues"],
    tags: ["anglais"],
  },
  {
    key: "julie",
    bio: "Prof de maths à la retraite : aide aux devoirs et covoiturage vers Saint-Nazaire.",
    skills: ["aide-devoirs", "covoiturage", "cuisine"],
  },
  {
    key: "sylvie",
    bio: "J’ai un grand jardin et des poules : graines, boutures et œufs à partager.",
    skills: ["jardinage", "animaux", "cuisine"],
    tags: ["poules"],
  },
  {
    key: "mehdi",
    bio: "Mécano amateur, camionnette disponible pour vos déménagements le week-end.",
    skills: ["mecanique", "demenagement", "bricolage"],
  },
];

/**
 * Brings the demo's people to life once its members and questions exist:
 * bios and skills, and a photo on « Chat tigré perdu », drawn at seed
 * time (a tabby-coloured cat shape, no downloaded picture) and sent
 * through the same pipeline as uploads.
 */
export async function seedDemoPeople(store: ImageStore) {
  for (const profile of HELP_PROFILES) {
    const actor = loadActor(store.db, `demo-${profile.key}`);
    if (actor) updateHelpProfile(store.db, actor, { tags: [], ...profile });
  }
  const cat = store.db
    .select({ id: questions.id, authorId: questions.authorId })
    .from(questions)
    .where(eq(questions.title, "Chat tigré perdu depuis mardi, quartier de la gare"))
    .get();
  if (!cat) return;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "demo-photo-")), "pistache.png");
  try {
    await sharp(Buffer.from(CAT_SVG)).png().toFile(file);
    const processed = await processImage({ path: file, name: "pistache.png" }, "post");
    if (!processed.ok) return;
    attachPostImages(store, { type: "question", id: cat.id, ownerId: cat.authorId }, [
      {
        image: processed.image,
        alt: "Pistache, chat tigré gris au collier rouge, assis dans l’herbe",
      },
    ]);
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

const STRIPES = [150, 185, 220, 255, 290]
  .map((y) => `<path d="M250 ${y} q70 -18 140 0" stroke="#4a4a4a" stroke-width="12" fill="none"/>`)
  .join("");

const CAT_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600" viewBox="0 0 640 480">
<rect width="640" height="480" fill="#9cc47a"/>
<rect y="360" width="640" height="120" fill="#6f9e4f"/>
<ellipse cx="320" cy="260" rx="110" ry="120" fill="#8d8d8d"/>
${STRIPES}
<circle cx="320" cy="130" r="70" fill="#8d8d8d"/>
<path d="M262 95 l-10 -60 l50 35 z M378 95 l10 -60 l-50 35 z" fill="#8d8d8d"/>
<circle cx="295" cy="125" r="9" fill="#2f4f2f"/><circle cx="345" cy="125" r="9" fill="#2f4f2f"/>
<path d="M312 150 l8 8 l8 -8 z" fill="#d98c8c"/>
<rect x="265" y="185" width="110" height="14" rx="7" fill="#c0392b"/>
<path d="M420 320 q80 -20 60 -110" stroke="#8d8d8d" stroke-width="22" fill="none" stroke-linecap="round"/>
</svg>`;
