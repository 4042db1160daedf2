import { expectNoAccessibilityViolations } from "#playwright/axe";
import { sendMessage } from "#app/models/messages/send.server";
import { eq } from "drizzle-orm";
import { notifications } from "#db/schema";
import { acceptAnswer } from "#app/models/answers/acceptance.server";
import { addComment } from "#app/models/answers/comments.server";
import { answerQuestion, insertAnswer } from "#app/models/answers/answers.server";
import { addFollow } from "#app/models/notifications/follows.server";
import { openNotification } from "#app/models/notifications/inbox.server";
import { flagContent } from "#app/models/moderation/flags.server";
import { loadActor } from "#app/models/members/privileges.server";
import { editQuestion } from "#app/models/questions/edits.server";
import { insertQuestion } from "#app/models/questions/ask.server";
import { database, expect, test } from "#playwright/fixtures";
import { embeddedStore } from "#test/store";

test.describe("pages meet WCAG 2.2 AA (axe)", () => {
  for (const path of [
    "/inscription",
    "/connexion",
    "/mot-de-passe-oublie",
    "/communes?q=lavau",
    "/p/44052",
    "/p/donges-44480/entraideurs",
    "/p/donges-44480/annuaire",
    "/p/donges-44480/agenda",
    "/p/lavau-sur-loire-44260/actualites",
    "/?lat=47.32&lng=-2.07",
    "/p/donges-44480/moderation",
    "/moderation/regles",
    "/a-propos",
    "/confidentialite",
    "/mentions-legales",
    "/contact",
    "/verifier-email?token=expire",
    "/une-page-qui-n-existe-pas",
  ]) {
    test(`for visitors: ${path}`, async ({ page }) => {
      await page.goto(path);
      await expectNoAccessibilityViolations(page);
    });
  }

  // One test per page: axe takes a few seconds a page on a busy machine.
  for (const page of [
    "someone's profile",
    "own profile",
    "/parametres",
    "/parametres/notifications",
    "/verification",
    "/ambassadeur",
    "/admin",
    "/bienvenue",
    "/invitations",
  ]) {
    test(`for an admin who is also an ambassador: ${page}`, async ({
      page: browserPage,
      insertMember,
      grantRole,
      signIn,
    }) => {
      const admin = await insertMember({ firstName: "Alice", lastName: "Accès" });
      database().$client.prepare("UPDATE users SET is_admin = 1 WHERE id = ?").run(admin.id);
      grantRole(admin, "ambassador", "44052");
      const neighbour = await insertMember({ firstName: "Bob", lastName: "Voisin" });
      await signIn(browserPage, admin);
      const path =
        page === "someone's profile"
          ? `/m/${neighbour.id}`
          : page === "own profile"
            ? `/m/${admin.id}`
            : page;
      await browserPage.goto(path);
      await expect(browserPage.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAccessibilityViolations(browserPage);
    });
  }

  for (const page of ["the question", "its edit form", "its history"]) {
    test(`for a member who asked a question: ${page}`, async ({
      page: browserPage,
      insertMember,
      verifyNeighbour,
      signIn,
    }) => {
      const db = database();
      const store = embeddedStore(db);
      const asker = await insertMember({ firstName: "Rose", lastName: "Lumière" });
      verifyNeighbour(asker);
      const helper = await insertMember({ firstName: "Marc", lastName: "Aidant" });
      const placeId = db.$client
        .prepare("SELECT id FROM places WHERE code = '44052'")
        .pluck()
        .get() as number;
      const question = insertQuestion(store, {
        authorId: asker.id,
        placeId,
        kind: "help",
        category: "bricolage",
        title: "Besoin d’une perceuse pour deux trous samedi",
        body: "Juste pour fixer une étagère. **Merci** d’avance !",
        tags: ["perceuse", "pret"],
        neededBy: "2099-01-01",
      });
      const answer = insertAnswer(store, {
        questionId: question.id,
        authorId: helper.id,
        body: "J’en ai une, je vous la dépose.\n\n- avec les mèches\n- et des chevilles",
      });
      insertAnswer(store, {
        questionId: question.id,
        authorId: helper.id,
        body: "Ou la médiathèque.",
      });
      const actor = loadActor(db, asker.id)!;
      acceptAnswer(store, actor, answer.id);
      addComment(db, actor, {
        questionId: question.id,
        answerId: answer.id,
        body: "Super, merci !",
      });
      editQuestion(store, actor, question.id, {
        title: "Besoin d’une perceuse pour deux trous samedi matin",
        body: "Juste pour fixer une étagère au mur. **Merci** d’avance !",
        category: "bricolage",
        tags: ["perceuse"],
      });
      await signIn(browserPage, asker);
      const path =
        page === "the question"
          ? `/q/${question.id}`
          : page === "its edit form"
            ? `/q/${question.id}/modifier`
            : `/q/${question.id}/historique`;
      await browserPage.goto(path);
      await expect(browserPage.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAccessibilityViolations(browserPage);
    });
  }

  for (const page of ["/signaler", "/moderation"]) {
    test(`for a member who reports, and a moderator: ${page}`, async ({
      page: browserPage,
      insertMember,
      verifyNeighbour,
      grantRole,
      signIn,
    }) => {
      const db = database();
      const store = embeddedStore(db);
      const author = await insertMember({ firstName: "Paul", lastName: "Publicité" });
      const flagger = await insertMember({ firstName: "Aline", lastName: "Attentive" });
      verifyNeighbour(flagger);
      const placeId = db.$client
        .prepare("SELECT id FROM places WHERE code = '44052'")
        .pluck()
        .get() as number;
      const question = insertQuestion(store, {
        authorId: author.id,
        placeId,
        kind: "question",
        category: "autre",
        title: "Des montres de luxe à petit prix, ça intéresse ?",
        body: "Écrivez-moi.",
        tags: [],
      });
      if (page === "/signaler") {
        await signIn(browserPage, flagger);
        await browserPage.goto(`/signaler?cible=question&id=${question.id}`);
      } else {
        flagContent(store, loadActor(db, flagger.id)!, {
          targetType: "question",
          targetId: String(question.id),
          reason: "other",
          details: "De la publicité",
        });
        const moderator = await insertMember({ firstName: "Denise", lastName: "Modère" });
        grantRole(moderator, "moderator", "44052");
        await signIn(browserPage, moderator);
        await browserPage.goto("/moderation?lieu=donges-44480");
      }
      await expect(browserPage.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAccessibilityViolations(browserPage);
    });
  }
  for (const page of ["the inbox", "a conversation"]) {
    test(`for a member with private messages: ${page}`, async ({
      page: browserPage,
      insertMember,
      signIn,
    }) => {
      const db = database();
      const reader = await insertMember({ firstName: "Nina", lastName: "Lecture" });
      const writer = await insertMember({ firstName: "Paul", lastName: "Plume" });
      const sent = sendMessage(db, loadActor(db, writer.id)!, {
        toUserId: reader.id,
        body: "Bonjour Nina,\nle colis est chez moi.",
      });
      if (!sent.ok) throw new Error(sent.refusal.reason);
      sendMessage(db, loadActor(db, reader.id)!, { toUserId: writer.id, body: "Merci Paul !" });
      sendMessage(db, loadActor(db, writer.id)!, { toUserId: reader.id, body: "Avec plaisir." });
      await signIn(browserPage, reader);
      await browserPage.goto(
        page === "the inbox" ? "/messages" : `/messages/${sent.conversationId}`,
      );
      await expect(browserPage.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAccessibilityViolations(browserPage);
    });
  }

  for (const path of ["/notifications", "/parametres/suivis"]) {
    test(`for a member with notifications and a follow: ${path}`, async ({
      page,
      insertMember,
      signIn,
    }) => {
      const db = database();
      const store = embeddedStore(db);
      const member = await insertMember({ firstName: "Nina", lastName: "Notifiée" });
      const neighbour = await insertMember({ firstName: "Omar", lastName: "Voisin" });
      const placeId = db.$client
        .prepare("SELECT id FROM places WHERE code = '44052'")
        .pluck()
        .get() as number;
      addFollow(db, member.id, { placeId, radiusKm: 10, category: "bricolage" });
      addFollow(db, member.id, { placeId, radiusKm: 0, category: null });
      const question = insertQuestion(store, {
        authorId: member.id,
        placeId,
        kind: "question",
        category: "bricolage",
        title: "Qui connaît un bon serrurier ?",
        body: "",
        tags: [],
      });
      const neighbourActor = loadActor(db, neighbour.id)!;
      const first = answerQuestion(store, neighbourActor, question.id, "Celui du bourg.");
      if (first.ok) openNotification(db, member.id, notificationIdsOf(db, member.id)[0]!);
      answerQuestion(store, neighbourActor, question.id, "Ou celui de Montoir.");
      await signIn(page, member);
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAccessibilityViolations(page);
    });
  }
});

function notificationIdsOf(db: ReturnType<typeof database>, userId: string) {
  return db
    .select({ id: notifications.id })
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .all()
    .map((row) => row.id);
}
