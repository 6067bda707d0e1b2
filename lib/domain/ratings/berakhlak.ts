/**
 * The seven BerAKHLAK core values of the ASN (DESIGN.md §2, §7), in the order of the acronym, with
 * the key of their column in BehaviourRating. Names and definitions follow the core values of ASN
 * (SE Menteri PANRB No. 20 Tahun 2021); the level descriptions are the rating guide shown to raters.
 */
export const BERAKHLAK_KEYS = [
  "berorientasiPelayanan",
  "akuntabel",
  "kompeten",
  "harmonis",
  "loyal",
  "adaptif",
  "kolaboratif",
] as const;

export type BerakhlakKey = (typeof BERAKHLAK_KEYS)[number];

/** One rating: a whole number 1–5 for each of the seven values. */
export type RatingValues = Record<BerakhlakKey, number>;

export const RATING_MIN = 1;
export const RATING_MAX = 5;
export const RATING_LEVELS = [1, 2, 3, 4, 5] as const;

/** Short label of each level, shown next to the number. */
export const LEVEL_LABELS: Record<(typeof RATING_LEVELS)[number], string> = {
  1: "Sangat kurang",
  2: "Kurang",
  3: "Cukup",
  4: "Baik",
  5: "Sangat baik",
};

export type BerakhlakValue = {
  key: BerakhlakKey;
  name: string;
  definition: string;
  /** What each level 1–5 looks like in daily work. */
  levels: readonly [string, string, string, string, string];
};

export const BERAKHLAK_VALUES: readonly BerakhlakValue[] = [
  {
    key: "berorientasiPelayanan",
    name: "Berorientasi Pelayanan",
    definition: "Komitmen memberikan pelayanan prima demi kepuasan masyarakat.",
    levels: [
      "Tidak memahami kebutuhan penerima layanan; sering lambat, tidak ramah, dan tidak menindaklanjuti keluhan.",
      "Memahami kebutuhan penerima layanan hanya sebagian; pelayanan belum konsisten dan kerap perlu diingatkan.",
      "Memahami dan memenuhi kebutuhan penerima layanan sesuai standar; ramah dan dapat diandalkan dalam tugas rutin.",
      "Ramah, cekatan, dan solutif; menindaklanjuti keluhan dengan tuntas dan mengusulkan perbaikan layanan.",
      "Menjadi teladan pelayanan prima; melakukan perbaikan tiada henti dan mendorong rekan kerja meningkatkan mutu layanan.",
    ],
  },
  {
    key: "akuntabel",
    name: "Akuntabel",
    definition: "Bertanggung jawab atas kepercayaan yang diberikan.",
    levels: [
      "Tidak jujur atau tidak disiplin dalam tugas; lalai menggunakan barang milik negara atau menyalahgunakan kewenangan.",
      "Kurang cermat dan kurang disiplin; tanggung jawab atas hasil kerja belum terlihat.",
      "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, dan disiplin sesuai ketentuan.",
      "Berintegritas tinggi; menggunakan kekayaan dan barang milik negara secara efektif dan efisien serta mempertanggungjawabkan hasil kerja tepat waktu.",
      "Menjadi teladan integritas; menolak setiap penyalahgunaan kewenangan dan membangun budaya akuntabel di unit kerja.",
    ],
  },
  {
    key: "kompeten",
    name: "Kompeten",
    definition: "Terus belajar dan mengembangkan kapabilitas.",
    levels: [
      "Tidak menguasai tugas jabatan dan tidak berupaya belajar; hasil kerja sering harus diulang.",
      "Menguasai sebagian tugas jabatan; upaya meningkatkan kompetensi masih terbatas.",
      "Menguasai tugas jabatan dan menyelesaikannya dengan mutu yang sesuai harapan.",
      "Aktif meningkatkan kompetensi diri untuk menjawab tantangan yang berubah dan membantu orang lain belajar.",
      "Menjadi rujukan keahlian; melaksanakan tugas dengan kualitas terbaik dan membimbing rekan kerja secara konsisten.",
    ],
  },
  {
    key: "harmonis",
    name: "Harmonis",
    definition: "Saling peduli dan menghargai perbedaan.",
    levels: [
      "Tidak menghargai perbedaan; menimbulkan konflik atau suasana kerja yang tidak kondusif.",
      "Kurang peduli terhadap rekan kerja; kadang membeda-bedakan orang berdasarkan latar belakangnya.",
      "Menghargai setiap orang apa pun latar belakangnya dan bersikap sopan dalam bekerja.",
      "Suka menolong orang lain dan ikut membangun lingkungan kerja yang kondusif.",
      "Menjadi perekat tim; aktif mencegah dan menyelesaikan konflik serta menumbuhkan rasa saling menghargai.",
    ],
  },
  {
    key: "loyal",
    name: "Loyal",
    definition: "Berdedikasi dan mengutamakan kepentingan bangsa dan negara.",
    levels: [
      "Tidak menjaga rahasia jabatan atau nama baik instansi; mengabaikan ketentuan dan arahan pimpinan yang sah.",
      "Kesetiaan pada ketentuan dan arahan pimpinan belum konsisten; kurang menjaga nama baik instansi.",
      "Memegang teguh Pancasila, UUD 1945, setia kepada NKRI dan pemerintahan yang sah, serta menjaga rahasia jabatan.",
      "Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara, serta mendahulukan kepentingan organisasi.",
      "Menjadi teladan dedikasi; rela berkorban demi tugas negara dan menumbuhkan kebanggaan terhadap instansi.",
    ],
  },
  {
    key: "adaptif",
    name: "Adaptif",
    definition: "Terus berinovasi dan antusias dalam menggerakkan serta menghadapi perubahan.",
    levels: [
      "Menolak perubahan dan tetap bertahan pada cara lama walaupun tidak lagi sesuai.",
      "Lambat menyesuaikan diri terhadap perubahan dan menunggu arahan untuk bertindak.",
      "Menyesuaikan diri dengan perubahan cara kerja, aturan, dan teknologi sesuai kebutuhan tugas.",
      "Cepat menyesuaikan diri, bertindak proaktif, dan mengembangkan kreativitas dalam bekerja.",
      "Menggerakkan perubahan; terus berinovasi dan menjadi penggerak transformasi di unit kerja.",
    ],
  },
  {
    key: "kolaboratif",
    name: "Kolaboratif",
    definition: "Membangun kerja sama yang sinergis.",
    levels: [
      "Enggan bekerja sama dan menghambat kontribusi pihak lain.",
      "Bekerja sama hanya bila diminta; kurang terbuka terhadap masukan.",
      "Terbuka dalam bekerja sama dan memberi kesempatan kepada pihak lain untuk berkontribusi.",
      "Aktif membangun kerja sama lintas unit yang menghasilkan nilai tambah.",
      "Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama dan menjadi penghubung antarinstansi.",
    ],
  },
];

export type RatingCheck =
  | { ok: true; values: RatingValues }
  | { ok: false; fieldErrors: Partial<Record<BerakhlakKey, string[]>>; message: string };

/**
 * Every one of the seven values must be a whole number 1–5 (DESIGN.md §7). Accepts numbers or the
 * strings a form sends; reports each value by its Indonesian name.
 */
export function checkRatingValues(input: Partial<Record<BerakhlakKey, unknown>>): RatingCheck {
  const fieldErrors: Partial<Record<BerakhlakKey, string[]>> = {};
  const values = {} as RatingValues;
  for (const value of BERAKHLAK_VALUES) {
    const raw = input[value.key];
    const text = typeof raw === "number" ? String(raw) : typeof raw === "string" ? raw.trim() : "";
    if (text === "") {
      fieldErrors[value.key] = [`Pilih nilai ${value.name} (1–5).`];
      continue;
    }
    const n = /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
    if (!Number.isInteger(n) || n < RATING_MIN || n > RATING_MAX) {
      fieldErrors[value.key] = [`Nilai ${value.name} harus bilangan bulat 1 sampai 5.`];
      continue;
    }
    values[value.key] = n;
  }
  const missing = Object.keys(fieldErrors).length;
  if (missing > 0) {
    return { ok: false, fieldErrors, message: `Penilaian belum lengkap atau tidak valid: periksa ${missing} nilai yang ditandai.` };
  }
  return { ok: true, values };
}

/** DESIGN.md §7: the comment is optional; kept short enough to read. */
export const RATING_COMMENT_MAX = 1000;

export function checkRatingComment(raw: string | null | undefined): { ok: true; comment: string | null } | { ok: false; message: string } {
  const comment = (raw ?? "").trim();
  if (comment.length > RATING_COMMENT_MAX) return { ok: false, message: `Komentar paling banyak ${RATING_COMMENT_MAX} karakter.` };
  return { ok: true, comment: comment === "" ? null : comment };
}
