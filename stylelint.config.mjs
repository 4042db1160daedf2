/**
 * Stylelint: the standard rules, plus the design-token rule. Every colour,
 * spacing and radius comes from app/styles/tokens.css, so a new page cannot
 * drift from the palette and the scales by accident.
 */

/** Values that are not design decisions, allowed beside var(--…). */
const keywords = ["0", "auto", "inherit", "currentcolor", "transparent", "none"];
/** A negative spacing is spelled as the negation of a token. */
const negatedToken = "/^calc\\(-1 \\* var\\(--[a-z0-9-]+\\)\\)$/";

/** @type {import("stylelint").Config} */
export default {
  extends: ["stylelint-config-standard"],
  plugins: ["stylelint-declaration-strict-value"],
  ignoreFiles: ["build/**", "node_modules/**", "playwright-report/**", "test-results/**"],
  rules: {
    // Compares selectors that never meet (BEM blocks); the cascade is
    // checked by the screenshots and computed styles of each change instead.
    "no-descending-specificity": null,
    // Font names inside the --font-* stacks keep their usual spelling.
    "value-keyword-case": ["lower", { ignoreProperties: ["/^--font-/"] }],
    // BEM, as the markup already names its classes: block__element--modifier.
    "selector-class-pattern": [
      "^[a-z][a-z0-9]*(-[a-z0-9]+)*(__[a-z0-9]+(-[a-z0-9]+)*)?(--[a-z0-9]+(-[a-z0-9]+)*)?$",
      { message: "Expected a BEM class name (block__element--modifier)" },
    ],
    // min-width/max-width media queries work in every browser we support
    // (range syntax needs Safari 16.4).
    "media-feature-range-notation": "prefix",
    // No raw colour anywhere outside tokens.css, whatever the property.
    "color-no-hex": true,
    "color-named": "never",
    "function-disallowed-list": [
      "rgb",
      "rgba",
      "hsl",
      "hsla",
      "hwb",
      "lab",
      "lch",
      "oklab",
      "oklch",
      "color",
      "color-mix",
    ],
    // Rules name colours by role (--color-*); the palette stays behind them.
    "declaration-property-value-disallowed-list": [
      { "/.*/": ["/var\\(--palette-/"] },
      { message: "Use a --color-* token, not the palette" },
    ],
    "scale-unlimited/declaration-strict-value": [
      [
        "/color$/",
        "fill",
        "stroke",
        "box-shadow",
        "/^margin/",
        "/^padding/",
        "/gap$/",
        "/radius$/",
        "font-size",
        "font-family",
      ],
      {
        ignoreFunctions: false,
        ignoreValues: [...keywords, negatedToken],
        expandShorthand: true,
        recurseLonghand: true,
        message: 'Use a design token from app/styles/tokens.css for "${value}" of "${property}"',
      },
    ],
  },
  overrides: [
    {
      // The one place where raw values are named.
      files: ["app/styles/tokens.css"],
      rules: {
        "color-no-hex": null,
        "color-named": null,
        "function-disallowed-list": null,
        "declaration-property-value-disallowed-list": null,
        "scale-unlimited/declaration-strict-value": null,
      },
    },
  ],
};
