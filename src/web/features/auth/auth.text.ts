import { defineText } from "../../i18n/text.ts";

/** Signing up, signing in, confirming the email, and the prompt shown where a page needs an account. */
export const authText = defineText(
  {
    email: "Email",
    password: "Password",
    name: "Name",
    showPassword: "Show or hide the characters",
    goToSignIn: "Go to sign-in",
    createAccount: "Create an account",
    goToReportCenter: "Go to the Report Center",
    invalidEmail: "Enter a valid email address.",
    signIn: {
      title: "Sign in",
      submit: "Sign in",
      passwordMissing: "Enter your password.",
      newHere: "New here?",
    },
    signUp: {
      pageTitle: "Sign up",
      title: "Create your account",
      intro: "With an account, all your reports are in one place and you are told of every decision.",
      passwordHelp: "At least {{min}} characters. A longer passphrase is safer than a short complex one.",
      submit: "Sign up",
      haveAccount: "Already have an account?",
      nameMissing: "Enter your name.",
      atMost: "At most {{max}} characters.",
      passwordShort: "Use at least {{min}} characters.",
    },
    inbox: {
      titleSignedIn: "Check your inbox to confirm your email",
      title: "Check your inbox",
      sentSignedIn:
        "Your account is ready and you are signed in. We sent a link to <strong>{{email}}</strong>: open it to confirm that the address is yours.",
      sent: "We sent an email to <strong>{{email}}</strong>. If this address already has an account, the email says so and no new account was made: <signin>sign in</signin> instead.",
      noEmail:
        "No email? Look in the spam folder, or <mailbox>the development mailbox</mailbox> if this server has no mail server.",
      sentAgain: "We sent the link again.",
      resend: "Send the link again",
    },
    verify: {
      confirmed: "Email confirmed",
      notConfirmed: "Email not confirmed",
      failedTitle: "This link did not work",
      failed: "The confirmation link is invalid or has expired. Sign in and ask for a new one.",
      thanks: "Thank you. Your email address is confirmed, and you will get every update about your reports.",
    },
    prompt: {
      title: "Please sign in",
      text: "You need to be signed in to {{what}}.",
      guest: "Reported something as a guest? Use the private link from your receipt email to follow it.",
    },
    errors: {
      unknown: "Something went wrong. Please try again.",
      tooMany: "Too many attempts. Please wait a minute and try again.",
      wrongCredentials: "The email or the password is not right.",
      exists: "An account with this email already exists. Sign in instead.",
    },
  },
  {
    email: "E-Mail-Adresse",
    password: "Passwort",
    name: "Name",
    showPassword: "Zeichen anzeigen oder verbergen",
    goToSignIn: "Zur Anmeldung",
    createAccount: "Konto erstellen",
    goToReportCenter: "Zum Meldezentrum",
    invalidEmail: "Geben Sie eine gültige E-Mail-Adresse ein.",
    signIn: {
      title: "Anmelden",
      submit: "Anmelden",
      passwordMissing: "Geben Sie Ihr Passwort ein.",
      newHere: "Neu hier?",
    },
    signUp: {
      pageTitle: "Registrieren",
      title: "Konto erstellen",
      intro: "Mit einem Konto haben Sie alle Ihre Meldungen an einem Ort und erfahren jede Entscheidung.",
      passwordHelp:
        "Mindestens {{min}} Zeichen. Eine längere Passphrase ist sicherer als ein kurzes, kompliziertes Passwort.",
      submit: "Registrieren",
      haveAccount: "Sie haben schon ein Konto?",
      nameMissing: "Geben Sie Ihren Namen ein.",
      atMost: "Höchstens {{max}} Zeichen.",
      passwordShort: "Verwenden Sie mindestens {{min}} Zeichen.",
    },
    inbox: {
      titleSignedIn: "Bestätigen Sie Ihre E-Mail-Adresse über Ihr Postfach",
      title: "Prüfen Sie Ihr Postfach",
      sentSignedIn:
        "Ihr Konto ist eingerichtet und Sie sind angemeldet. Wir haben einen Link an <strong>{{email}}</strong> gesendet: Öffnen Sie ihn, um zu bestätigen, dass die Adresse Ihnen gehört.",
      sent: "Wir haben eine E-Mail an <strong>{{email}}</strong> gesendet. Wenn es zu dieser Adresse schon ein Konto gibt, steht das in der E-Mail, und es wurde kein neues Konto angelegt: <signin>Melden Sie sich</signin> stattdessen an.",
      noEmail:
        "Keine E-Mail erhalten? Sehen Sie im Spam-Ordner nach oder im <mailbox>Entwicklungs-Postfach</mailbox>, falls dieser Server keinen Mailserver hat.",
      sentAgain: "Wir haben den Link erneut gesendet.",
      resend: "Link erneut senden",
    },
    verify: {
      confirmed: "E-Mail-Adresse bestätigt",
      notConfirmed: "E-Mail-Adresse nicht bestätigt",
      failedTitle: "Dieser Link hat nicht funktioniert",
      failed:
        "Der Bestätigungslink ist ungültig oder abgelaufen. Melden Sie sich an und fordern Sie einen neuen an.",
      thanks:
        "Vielen Dank. Ihre E-Mail-Adresse ist bestätigt, und Sie erhalten jede Neuigkeit zu Ihren Meldungen.",
    },
    prompt: {
      title: "Bitte melden Sie sich an",
      text: "Sie müssen angemeldet sein, um {{what}}.",
      guest:
        "Sie haben als Gast etwas gemeldet? Verfolgen Sie es über den privaten Link aus Ihrer Eingangsbestätigung.",
    },
    errors: {
      unknown: "Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.",
      tooMany: "Zu viele Versuche. Bitte warten Sie eine Minute und versuchen Sie es erneut.",
      wrongCredentials: "E-Mail-Adresse oder Passwort stimmen nicht.",
      exists: "Zu dieser E-Mail-Adresse gibt es bereits ein Konto. Melden Sie sich stattdessen an.",
    },
  },
);
