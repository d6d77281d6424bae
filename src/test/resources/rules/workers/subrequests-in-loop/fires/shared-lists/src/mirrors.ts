// Every mirror a release is pushed to; the list grows as mirrors are added.
export const MIRRORS = [
  "https://m1.example", "https://m2.example", "https://m3.example", "https://m4.example",
  "https://m5.example", "https://m6.example", "https://m7.example", "https://m8.example",
  "https://m9.example", "https://m10.example", "https://m11.example", "https://m12.example",
];
