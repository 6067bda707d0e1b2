/**
 * Login outcomes shown to the user. The wording never tells whether a NIP exists
 * (DESIGN.md §12): an unknown NIP, a wrong password and an account never activated all get
 * INVALID_CREDENTIALS, and a lock applies to a NIP whether or not it exists.
 */
export const LOGIN_ERRORS = {
  INVALID_INPUT: "Isi NIP (18 digit angka) dan kata sandi.",
  INVALID_CREDENTIALS: "NIP atau kata sandi salah.",
  LOCKED: "Terlalu banyak percobaan gagal. Akun dikunci sementara selama 15 menit; coba lagi nanti atau gunakan Lupa Kata Sandi.",
  IP_LIMITED: "Terlalu banyak percobaan masuk dari jaringan Anda. Coba lagi dalam beberapa menit.",
  INACTIVE: "Akun Anda tidak aktif. Hubungi Admin OPD di perangkat daerah Anda.",
  SERVER: "Terjadi gangguan pada server. Coba lagi beberapa saat lagi.",
} as const;

export type LoginErrorCode = keyof typeof LOGIN_ERRORS;

export function loginErrorMessage(code: string | null | undefined): string {
  if (code && code in LOGIN_ERRORS) return LOGIN_ERRORS[code as LoginErrorCode];
  return LOGIN_ERRORS.SERVER;
}
