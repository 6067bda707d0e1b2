/**
 * Demo staffing: Dinas Komunikasi dan Informatika fully staffed, plus the three BKD employees the
 * admin account needs. Plain data (no imports) so that tests, e2e and the seed all read the same
 * people; NIPs are built from birthDate + appointment + gender + serial by makeNip (factories.ts).
 * All people are fictitious.
 */

export type DemoUnit = { code: string; name: string; parentCode?: string };
export type DemoPosition = {
  name: string;
  kelasJabatan: number;
  kind: "STRUKTURAL" | "FUNGSIONAL" | "PELAKSANA";
};

export type DemoPerson = {
  /** Stable handle used for supervisor links and DEMO_ACCOUNTS. */
  key: string;
  name: string;
  frontTitle?: string;
  backTitle?: string;
  gender: "L" | "P";
  /** YYYY-MM-DD */
  birthDate: string;
  /** YYYY-MM: TMT (first appointment, CPNS or PPPK); NIP digits 9–14. */
  appointment: string;
  serial: number;
  status: "PNS" | "CPNS" | "PPPK";
  golongan: string;
  position: string;
  unitCode: string;
  supervisorKey?: string;
  /** YYYY-MM-DD: in the current position since. */
  positionSince: string;
  role?: "PEGAWAI" | "ADMIN_OPD" | "ADMIN_BKD";
  /** Account state after seeding; default ACTIVE. */
  account?: "ACTIVE" | "INACTIVE";
};

export type DemoAgency = {
  opdCode: string;
  units: DemoUnit[];
  positions: DemoPosition[];
  people: DemoPerson[];
};

/** Dinas Komunikasi dan Informatika (opd-jabar.csv code 2.14). */
export const DISKOMINFO: DemoAgency = {
  opdCode: "2.14",
  units: [
    { code: "00", name: "Dinas Komunikasi dan Informatika" },
    { code: "01", name: "Sekretariat", parentCode: "00" },
    { code: "01.01", name: "Subbagian Umum dan Kepegawaian", parentCode: "01" },
    { code: "01.02", name: "Subbagian Perencanaan dan Keuangan", parentCode: "01" },
    { code: "02", name: "Bidang Informasi dan Komunikasi Publik", parentCode: "00" },
    { code: "02.01", name: "Seksi Pengelolaan Informasi Publik", parentCode: "02" },
    { code: "02.02", name: "Tim Kerja Kemitraan Media dan Komunikasi Publik", parentCode: "02" },
    { code: "03", name: "Bidang Aplikasi Informatika", parentCode: "00" },
    { code: "03.01", name: "Seksi Pengembangan Aplikasi", parentCode: "03" },
    { code: "03.02", name: "Tim Kerja Tata Kelola SPBE", parentCode: "03" },
    { code: "04", name: "Bidang Persandian dan Keamanan Informasi", parentCode: "00" },
    { code: "04.01", name: "Seksi Keamanan Informasi", parentCode: "04" },
    { code: "04.02", name: "Tim Kerja Persandian", parentCode: "04" },
    { code: "05", name: "Bidang Statistik", parentCode: "00" },
    { code: "05.01", name: "Seksi Statistik Sektoral", parentCode: "05" },
    { code: "05.02", name: "Tim Kerja Satu Data Jabar", parentCode: "05" },
  ],
  positions: [
    { name: "Kepala Dinas Komunikasi dan Informatika", kelasJabatan: 14, kind: "STRUKTURAL" },
    { name: "Sekretaris Dinas", kelasJabatan: 12, kind: "STRUKTURAL" },
    { name: "Kepala Bidang Informasi dan Komunikasi Publik", kelasJabatan: 12, kind: "STRUKTURAL" },
    { name: "Kepala Bidang Aplikasi Informatika", kelasJabatan: 12, kind: "STRUKTURAL" },
    { name: "Kepala Bidang Persandian dan Keamanan Informasi", kelasJabatan: 12, kind: "STRUKTURAL" },
    { name: "Kepala Bidang Statistik", kelasJabatan: 12, kind: "STRUKTURAL" },
    { name: "Kepala Subbagian Umum dan Kepegawaian", kelasJabatan: 9, kind: "STRUKTURAL" },
    { name: "Kepala Subbagian Perencanaan dan Keuangan", kelasJabatan: 9, kind: "STRUKTURAL" },
    { name: "Kepala Seksi Pengelolaan Informasi Publik", kelasJabatan: 9, kind: "STRUKTURAL" },
    { name: "Kepala Seksi Pengembangan Aplikasi", kelasJabatan: 9, kind: "STRUKTURAL" },
    { name: "Kepala Seksi Keamanan Informasi", kelasJabatan: 9, kind: "STRUKTURAL" },
    { name: "Kepala Seksi Statistik Sektoral", kelasJabatan: 9, kind: "STRUKTURAL" },
    // Ketua tim kerja are functional officials (Ahli Muda).
    { name: "Pranata Humas Ahli Muda", kelasJabatan: 9, kind: "FUNGSIONAL" },
    { name: "Pranata Komputer Ahli Muda", kelasJabatan: 9, kind: "FUNGSIONAL" },
    { name: "Sandiman Ahli Muda", kelasJabatan: 9, kind: "FUNGSIONAL" },
    { name: "Statistisi Ahli Muda", kelasJabatan: 9, kind: "FUNGSIONAL" },
    { name: "Analis SDM Aparatur Ahli Pertama", kelasJabatan: 8, kind: "FUNGSIONAL" },
    { name: "Analis Keuangan Pusat dan Daerah Ahli Pertama", kelasJabatan: 8, kind: "FUNGSIONAL" },
    { name: "Perencana Ahli Pertama", kelasJabatan: 8, kind: "FUNGSIONAL" },
    { name: "Pranata Humas Ahli Pertama", kelasJabatan: 8, kind: "FUNGSIONAL" },
    { name: "Pranata Komputer Ahli Pertama", kelasJabatan: 8, kind: "FUNGSIONAL" },
    { name: "Sandiman Ahli Pertama", kelasJabatan: 8, kind: "FUNGSIONAL" },
    { name: "Manggala Informatika Ahli Pertama", kelasJabatan: 8, kind: "FUNGSIONAL" },
    { name: "Statistisi Ahli Pertama", kelasJabatan: 8, kind: "FUNGSIONAL" },
    { name: "Arsiparis Terampil", kelasJabatan: 7, kind: "FUNGSIONAL" },
    { name: "Pranata Humas Terampil", kelasJabatan: 7, kind: "FUNGSIONAL" },
    { name: "Pranata Komputer Terampil", kelasJabatan: 7, kind: "FUNGSIONAL" },
    { name: "Sandiman Terampil", kelasJabatan: 7, kind: "FUNGSIONAL" },
    { name: "Statistisi Terampil", kelasJabatan: 7, kind: "FUNGSIONAL" },
    { name: "Penata Layanan Operasional", kelasJabatan: 7, kind: "PELAKSANA" },
    { name: "Pengelola Layanan Operasional", kelasJabatan: 6, kind: "PELAKSANA" },
    { name: "Operator Layanan Operasional", kelasJabatan: 5, kind: "PELAKSANA" },
  ],
  people: [
    // Pimpinan
    { key: "kepalaDinas", name: "Ade Ruhiat Sutisna", frontTitle: "Dr. H.", backTitle: "S.Sos., M.Si.", gender: "L", birthDate: "1971-04-12", appointment: "1997-03", serial: 1, status: "PNS", golongan: "IV/c", position: "Kepala Dinas Komunikasi dan Informatika", unitCode: "00", positionSince: "2023-09-01" },
    { key: "sekretaris", name: "Euis Komalasari", frontTitle: "Hj.", backTitle: "S.E., M.M.", gender: "P", birthDate: "1974-08-23", appointment: "1999-12", serial: 2, status: "PNS", golongan: "IV/b", position: "Sekretaris Dinas", unitCode: "01", supervisorKey: "kepalaDinas", positionSince: "2022-01-03" },
    { key: "kabidIkp", name: "Dadang Hermawan", backTitle: "S.IP., M.Si.", gender: "L", birthDate: "1975-02-17", appointment: "2000-03", serial: 1, status: "PNS", golongan: "IV/b", position: "Kepala Bidang Informasi dan Komunikasi Publik", unitCode: "02", supervisorKey: "kepalaDinas", positionSince: "2021-07-01" },
    { key: "kabidAptika", name: "Rina Marlina", backTitle: "S.T., M.T.", gender: "P", birthDate: "1979-11-05", appointment: "2005-01", serial: 2, status: "PNS", golongan: "IV/a", position: "Kepala Bidang Aplikasi Informatika", unitCode: "03", supervisorKey: "kepalaDinas", positionSince: "2022-04-01" },
    { key: "kabidPersandian", name: "Iwan Setiawan", backTitle: "S.Kom., M.Kom.", gender: "L", birthDate: "1977-06-30", appointment: "2003-04", serial: 1, status: "PNS", golongan: "IV/a", position: "Kepala Bidang Persandian dan Keamanan Informasi", unitCode: "04", supervisorKey: "kepalaDinas", positionSince: "2023-01-02" },
    { key: "kabidStatistik", name: "Yayat Supriatna", backTitle: "S.Si., M.E.", gender: "L", birthDate: "1976-09-14", appointment: "2002-02", serial: 1, status: "PNS", golongan: "IV/b", position: "Kepala Bidang Statistik", unitCode: "05", supervisorKey: "kepalaDinas", positionSince: "2021-10-01" },

    // Kepala subbagian, kepala seksi, ketua tim kerja
    { key: "kasubagUmum", name: "Neneng Rohaeti", backTitle: "S.Sos.", gender: "P", birthDate: "1980-03-08", appointment: "2006-03", serial: 1, status: "PNS", golongan: "III/d", position: "Kepala Subbagian Umum dan Kepegawaian", unitCode: "01.01", supervisorKey: "sekretaris", positionSince: "2022-06-01" },
    { key: "kasubagRenkeu", name: "Hendra Gunawan", backTitle: "S.E., M.Ak.", gender: "L", birthDate: "1982-12-01", appointment: "2009-01", serial: 1, status: "PNS", golongan: "III/d", position: "Kepala Subbagian Perencanaan dan Keuangan", unitCode: "01.02", supervisorKey: "sekretaris", positionSince: "2023-03-01" },
    { key: "kasiInformasi", name: "Lilis Nurjanah", backTitle: "S.I.Kom.", gender: "P", birthDate: "1983-07-19", appointment: "2010-03", serial: 2, status: "PNS", golongan: "III/d", position: "Kepala Seksi Pengelolaan Informasi Publik", unitCode: "02.01", supervisorKey: "kabidIkp", positionSince: "2022-02-01" },
    { key: "ketuaTimMedia", name: "Rangga Wiradinata", backTitle: "S.I.Kom., M.I.Kom.", gender: "L", birthDate: "1986-01-25", appointment: "2011-03", serial: 1, status: "PNS", golongan: "III/c", position: "Pranata Humas Ahli Muda", unitCode: "02.02", supervisorKey: "kabidIkp", positionSince: "2023-01-02" },
    { key: "kasiAplikasi", name: "Asep Saepudin", backTitle: "S.Kom., M.T.", gender: "L", birthDate: "1984-05-02", appointment: "2009-03", serial: 1, status: "PNS", golongan: "III/d", position: "Kepala Seksi Pengembangan Aplikasi", unitCode: "03.01", supervisorKey: "kabidAptika", positionSince: "2021-11-01" },
    { key: "ketuaTimSpbe", name: "Fitri Handayani", backTitle: "S.T., M.Kom.", gender: "P", birthDate: "1987-10-10", appointment: "2012-03", serial: 1, status: "PNS", golongan: "III/c", position: "Pranata Komputer Ahli Muda", unitCode: "03.02", supervisorKey: "kabidAptika", positionSince: "2023-07-03" },
    { key: "kasiKeamanan", name: "Galih Permana", backTitle: "S.Kom.", gender: "L", birthDate: "1985-08-16", appointment: "2010-03", serial: 3, status: "PNS", golongan: "III/d", position: "Kepala Seksi Keamanan Informasi", unitCode: "04.01", supervisorKey: "kabidPersandian", positionSince: "2022-09-01" },
    { key: "ketuaTimSandi", name: "Ratna Kurniasih", backTitle: "S.ST., M.Kom.", gender: "P", birthDate: "1986-04-21", appointment: "2010-10", serial: 1, status: "PNS", golongan: "III/c", position: "Sandiman Ahli Muda", unitCode: "04.02", supervisorKey: "kabidPersandian", positionSince: "2023-05-02" },
    { key: "kasiStatistik", name: "Cecep Ramdani", backTitle: "S.Si.", gender: "L", birthDate: "1983-02-27", appointment: "2008-03", serial: 1, status: "PNS", golongan: "III/d", position: "Kepala Seksi Statistik Sektoral", unitCode: "05.01", supervisorKey: "kabidStatistik", positionSince: "2022-03-01" },
    { key: "ketuaTimData", name: "Nadia Apriliani", backTitle: "S.Stat., M.Si.", gender: "P", birthDate: "1988-04-03", appointment: "2013-03", serial: 1, status: "PNS", golongan: "III/c", position: "Statistisi Ahli Muda", unitCode: "05.02", supervisorKey: "kabidStatistik", positionSince: "2024-01-02" },

    // Subbagian Umum dan Kepegawaian
    { key: "adminOpd", name: "Ikeu Rahayu", backTitle: "S.Psi.", gender: "P", birthDate: "1990-06-11", appointment: "2015-03", serial: 1, status: "PNS", golongan: "III/b", position: "Analis SDM Aparatur Ahli Pertama", unitCode: "01.01", supervisorKey: "kasubagUmum", positionSince: "2021-01-04", role: "ADMIN_OPD" },
    { key: "umum2", name: "Ujang Suherman", gender: "L", birthDate: "1979-01-20", appointment: "2005-06", serial: 1, status: "PNS", golongan: "II/d", position: "Operator Layanan Operasional", unitCode: "01.01", supervisorKey: "kasubagUmum", positionSince: "2024-01-02" },
    { key: "umum3", name: "Enok Sugiarti", backTitle: "A.Md.", gender: "P", birthDate: "1992-09-09", appointment: "2019-03", serial: 2, status: "PNS", golongan: "II/d", position: "Arsiparis Terampil", unitCode: "01.01", supervisorKey: "kasubagUmum", positionSince: "2020-03-02" },
    { key: "umum4", name: "Jajang Sopandi", gender: "L", birthDate: "1998-02-14", appointment: "2024-03", serial: 1, status: "PPPK", golongan: "V", position: "Operator Layanan Operasional", unitCode: "01.01", supervisorKey: "kasubagUmum", positionSince: "2024-03-01" },

    // Subbagian Perencanaan dan Keuangan
    { key: "renkeu1", name: "Dewi Lestari", backTitle: "S.E.", gender: "P", birthDate: "1991-03-30", appointment: "2018-03", serial: 1, status: "PNS", golongan: "III/b", position: "Analis Keuangan Pusat dan Daerah Ahli Pertama", unitCode: "01.02", supervisorKey: "kasubagRenkeu", positionSince: "2022-01-03" },
    { key: "renkeu2", name: "Taufik Hidayat", backTitle: "S.T., M.P.W.K.", gender: "L", birthDate: "1989-12-12", appointment: "2015-03", serial: 2, status: "PNS", golongan: "III/b", position: "Perencana Ahli Pertama", unitCode: "01.02", supervisorKey: "kasubagRenkeu", positionSince: "2020-07-01" },
    { key: "renkeu3", name: "Cucu Nuraeni", backTitle: "A.Md.Ak.", gender: "P", birthDate: "1994-05-05", appointment: "2019-03", serial: 1, status: "PNS", golongan: "II/d", position: "Pengelola Layanan Operasional", unitCode: "01.02", supervisorKey: "kasubagRenkeu", positionSince: "2024-01-02" },
    { key: "renkeu4", name: "Muhammad Ilham Ramadhan", backTitle: "S.Ak.", gender: "L", birthDate: "2000-12-19", appointment: "2025-06", serial: 1, status: "CPNS", golongan: "III/a", position: "Penata Layanan Operasional", unitCode: "01.02", supervisorKey: "kasubagRenkeu", positionSince: "2025-06-02", account: "INACTIVE" },

    // Seksi Pengelolaan Informasi Publik
    { key: "informasi1", name: "Salsabila Putri Nugraha", backTitle: "S.I.Kom.", gender: "P", birthDate: "1996-08-08", appointment: "2020-03", serial: 1, status: "PNS", golongan: "III/a", position: "Pranata Humas Ahli Pertama", unitCode: "02.01", supervisorKey: "kasiInformasi", positionSince: "2021-03-01" },
    { key: "informasi2", name: "Deden Kusnadi", backTitle: "A.Md.", gender: "L", birthDate: "1990-10-28", appointment: "2014-03", serial: 1, status: "PNS", golongan: "III/a", position: "Pranata Humas Terampil", unitCode: "02.01", supervisorKey: "kasiInformasi", positionSince: "2019-01-02" },
    { key: "informasi3", name: "Wulan Sari Rahmawati", backTitle: "S.Sos.", gender: "P", birthDate: "1995-02-02", appointment: "2023-04", serial: 1, status: "PPPK", golongan: "IX", position: "Penata Layanan Operasional", unitCode: "02.01", supervisorKey: "kasiInformasi", positionSince: "2023-04-03" },
    { key: "informasi4", name: "Yudi Sumantri", gender: "L", birthDate: "1985-11-11", appointment: "2009-01", serial: 2, status: "PNS", golongan: "II/d", position: "Operator Layanan Operasional", unitCode: "02.01", supervisorKey: "kasiInformasi", positionSince: "2024-01-02" },

    // Tim Kerja Kemitraan Media dan Komunikasi Publik
    { key: "media1", name: "Anisa Fauziah", backTitle: "S.I.Kom.", gender: "P", birthDate: "1997-07-07", appointment: "2025-06", serial: 2, status: "CPNS", golongan: "III/a", position: "Pranata Humas Ahli Pertama", unitCode: "02.02", supervisorKey: "ketuaTimMedia", positionSince: "2025-06-02", account: "INACTIVE" },
    { key: "media2", name: "Reza Firmansyah", backTitle: "S.Ds.", gender: "L", birthDate: "1993-04-14", appointment: "2023-02", serial: 1, status: "PPPK", golongan: "IX", position: "Pranata Humas Ahli Pertama", unitCode: "02.02", supervisorKey: "ketuaTimMedia", positionSince: "2023-02-01" },
    { key: "media3", name: "Imas Masitoh", backTitle: "A.Md.Kom.", gender: "P", birthDate: "1992-12-24", appointment: "2018-03", serial: 2, status: "PNS", golongan: "II/d", position: "Pranata Humas Terampil", unitCode: "02.02", supervisorKey: "ketuaTimMedia", positionSince: "2019-07-01" },
    { key: "media4", name: "Gilang Ramadhan", backTitle: "S.Sn.", gender: "L", birthDate: "1994-03-16", appointment: "2024-03", serial: 1, status: "PPPK", golongan: "IX", position: "Penata Layanan Operasional", unitCode: "02.02", supervisorKey: "ketuaTimMedia", positionSince: "2024-03-01" },

    // Seksi Pengembangan Aplikasi
    { key: "stafAplikasi", name: "Dimas Arya Nugraha", backTitle: "S.Kom.", gender: "L", birthDate: "1995-09-03", appointment: "2020-03", serial: 1, status: "PNS", golongan: "III/b", position: "Pranata Komputer Ahli Pertama", unitCode: "03.01", supervisorKey: "kasiAplikasi", positionSince: "2021-03-01" },
    { key: "aplikasi2", name: "Siti Maryam Hasanah", backTitle: "S.T.", gender: "P", birthDate: "1996-01-29", appointment: "2023-02", serial: 1, status: "PPPK", golongan: "IX", position: "Pranata Komputer Ahli Pertama", unitCode: "03.01", supervisorKey: "kasiAplikasi", positionSince: "2023-02-01" },
    { key: "aplikasi3", name: "Rizky Maulana", backTitle: "A.Md.T.", gender: "L", birthDate: "1997-06-06", appointment: "2022-01", serial: 1, status: "PNS", golongan: "II/c", position: "Pranata Komputer Terampil", unitCode: "03.01", supervisorKey: "kasiAplikasi", positionSince: "2023-01-02" },
    { key: "aplikasi4", name: "Putri Ayu Lestari", backTitle: "S.Kom.", gender: "P", birthDate: "1999-10-15", appointment: "2025-06", serial: 1, status: "CPNS", golongan: "III/a", position: "Pranata Komputer Ahli Pertama", unitCode: "03.01", supervisorKey: "kasiAplikasi", positionSince: "2025-06-02" },

    // Tim Kerja Tata Kelola SPBE
    { key: "spbe1", name: "Fajar Sidik Permana", backTitle: "S.Kom., M.T.", gender: "L", birthDate: "1991-11-30", appointment: "2018-03", serial: 1, status: "PNS", golongan: "III/b", position: "Pranata Komputer Ahli Pertama", unitCode: "03.02", supervisorKey: "ketuaTimSpbe", positionSince: "2019-03-01" },
    { key: "spbe2", name: "Nurul Aini Hidayah", backTitle: "S.Kom.", gender: "P", birthDate: "1993-08-20", appointment: "2019-03", serial: 2, status: "PNS", golongan: "III/b", position: "Pranata Komputer Ahli Pertama", unitCode: "03.02", supervisorKey: "ketuaTimSpbe", positionSince: "2022-01-03" },
    { key: "spbe3", name: "Hilman Juhana", backTitle: "S.T.", gender: "L", birthDate: "1990-02-05", appointment: "2023-02", serial: 1, status: "PPPK", golongan: "IX", position: "Manggala Informatika Ahli Pertama", unitCode: "03.02", supervisorKey: "ketuaTimSpbe", positionSince: "2023-02-01" },
    { key: "spbe4", name: "Teti Rohayati", backTitle: "A.Md.", gender: "P", birthDate: "1988-09-17", appointment: "2012-03", serial: 2, status: "PNS", golongan: "III/a", position: "Pengelola Layanan Operasional", unitCode: "03.02", supervisorKey: "ketuaTimSpbe", positionSince: "2024-01-02" },

    // Seksi Keamanan Informasi
    { key: "keamanan1", name: "Ridwan Saputra", backTitle: "S.Tr.Kom.", gender: "L", birthDate: "1996-12-03", appointment: "2019-09", serial: 1, status: "PNS", golongan: "III/b", position: "Sandiman Ahli Pertama", unitCode: "04.01", supervisorKey: "kasiKeamanan", positionSince: "2020-01-02" },
    { key: "keamanan2", name: "Eneng Yuliani", backTitle: "S.Kom.", gender: "P", birthDate: "1994-07-27", appointment: "2024-03", serial: 2, status: "PPPK", golongan: "IX", position: "Manggala Informatika Ahli Pertama", unitCode: "04.01", supervisorKey: "kasiKeamanan", positionSince: "2024-03-01" },
    { key: "keamanan3", name: "Acep Sumarna", gender: "L", birthDate: "1987-03-19", appointment: "2010-03", serial: 1, status: "PNS", golongan: "II/d", position: "Operator Layanan Operasional", unitCode: "04.01", supervisorKey: "kasiKeamanan", positionSince: "2024-01-02" },
    { key: "keamanan4", name: "Intan Permatasari", backTitle: "S.Tr.Kom.", gender: "P", birthDate: "1998-04-25", appointment: "2021-09", serial: 2, status: "PNS", golongan: "III/a", position: "Sandiman Ahli Pertama", unitCode: "04.01", supervisorKey: "kasiKeamanan", positionSince: "2022-01-03" },

    // Tim Kerja Persandian
    { key: "sandi1", name: "Wawan Kurniawan", backTitle: "A.Md.", gender: "L", birthDate: "1989-05-13", appointment: "2013-03", serial: 1, status: "PNS", golongan: "III/a", position: "Sandiman Terampil", unitCode: "04.02", supervisorKey: "ketuaTimSandi", positionSince: "2017-03-01" },
    { key: "sandi2", name: "Yuyun Yuningsih", backTitle: "S.E.", gender: "P", birthDate: "1986-10-02", appointment: "2011-03", serial: 2, status: "PNS", golongan: "III/c", position: "Penata Layanan Operasional", unitCode: "04.02", supervisorKey: "ketuaTimSandi", positionSince: "2024-01-02" },
    { key: "sandi3", name: "Bayu Aditya Pratama", backTitle: "S.Tr.Kom.", gender: "L", birthDate: "2001-01-09", appointment: "2025-06", serial: 1, status: "CPNS", golongan: "III/a", position: "Sandiman Ahli Pertama", unitCode: "04.02", supervisorKey: "ketuaTimSandi", positionSince: "2025-06-02" },
    { key: "sandi4", name: "Ai Siti Rohimah", backTitle: "S.Kom.", gender: "P", birthDate: "1995-11-22", appointment: "2023-02", serial: 2, status: "PPPK", golongan: "IX", position: "Manggala Informatika Ahli Pertama", unitCode: "04.02", supervisorKey: "ketuaTimSandi", positionSince: "2023-02-01" },

    // Seksi Statistik Sektoral
    { key: "statistik1", name: "Ilham Nurdiansyah", backTitle: "S.Stat.", gender: "L", birthDate: "1996-03-12", appointment: "2019-03", serial: 1, status: "PNS", golongan: "III/b", position: "Statistisi Ahli Pertama", unitCode: "05.01", supervisorKey: "kasiStatistik", positionSince: "2021-01-04" },
    { key: "statistik2", name: "Nining Kurniawati", backTitle: "A.Md.", gender: "P", birthDate: "1991-01-17", appointment: "2015-03", serial: 1, status: "PNS", golongan: "III/a", position: "Statistisi Terampil", unitCode: "05.01", supervisorKey: "kasiStatistik", positionSince: "2018-01-02" },
    { key: "statistik3", name: "Agus Salim Mulyana", backTitle: "S.E.", gender: "L", birthDate: "1984-07-04", appointment: "2023-02", serial: 1, status: "PPPK", golongan: "IX", position: "Penata Layanan Operasional", unitCode: "05.01", supervisorKey: "kasiStatistik", positionSince: "2023-02-01" },
    { key: "statistik4", name: "Tatang Suryana", gender: "L", birthDate: "1978-08-29", appointment: "2006-03", serial: 1, status: "PNS", golongan: "II/d", position: "Operator Layanan Operasional", unitCode: "05.01", supervisorKey: "kasiStatistik", positionSince: "2024-01-02" },

    // Tim Kerja Satu Data Jabar
    { key: "data1", name: "Rahmat Saputra", backTitle: "S.Si.", gender: "L", birthDate: "1993-09-26", appointment: "2019-03", serial: 1, status: "PNS", golongan: "III/b", position: "Statistisi Ahli Pertama", unitCode: "05.02", supervisorKey: "ketuaTimData", positionSince: "2021-01-04" },
    { key: "data2", name: "Sri Wahyuni", backTitle: "S.Stat.", gender: "P", birthDate: "1998-12-30", appointment: "2025-06", serial: 2, status: "CPNS", golongan: "III/a", position: "Statistisi Ahli Pertama", unitCode: "05.02", supervisorKey: "ketuaTimData", positionSince: "2025-06-02", account: "INACTIVE" },
    { key: "data3", name: "Dudi Abdurahman", backTitle: "A.Md.", gender: "L", birthDate: "1989-03-03", appointment: "2023-02", serial: 1, status: "PPPK", golongan: "VII", position: "Statistisi Terampil", unitCode: "05.02", supervisorKey: "ketuaTimData", positionSince: "2023-02-01" },
    { key: "data4", name: "Lina Marliana", backTitle: "S.Kom.", gender: "P", birthDate: "1994-06-18", appointment: "2024-03", serial: 2, status: "PPPK", golongan: "IX", position: "Pranata Komputer Ahli Pertama", unitCode: "05.02", supervisorKey: "ketuaTimData", positionSince: "2024-03-01" },
  ],
};

/** Badan Kepegawaian Daerah (code 3.04): the Admin BKD and their supervisors. */
export const BKD: DemoAgency = {
  opdCode: "3.04",
  units: [
    { code: "00", name: "Badan Kepegawaian Daerah" },
    { code: "03", name: "Bidang Penilaian Kinerja Aparatur dan Penghargaan", parentCode: "00" },
  ],
  positions: [
    { name: "Kepala Badan Kepegawaian Daerah", kelasJabatan: 14, kind: "STRUKTURAL" },
    { name: "Kepala Bidang Penilaian Kinerja Aparatur dan Penghargaan", kelasJabatan: 12, kind: "STRUKTURAL" },
    { name: "Analis SDM Aparatur Ahli Muda", kelasJabatan: 9, kind: "FUNGSIONAL" },
  ],
  people: [
    { key: "kepalaBkd", name: "Yuni Kartikasari", frontTitle: "Dr. Hj.", backTitle: "S.H., M.Si.", gender: "P", birthDate: "1970-10-10", appointment: "1996-03", serial: 2, status: "PNS", golongan: "IV/c", position: "Kepala Badan Kepegawaian Daerah", unitCode: "00", positionSince: "2024-02-01" },
    { key: "kabidPkap", name: "Tedi Rusmana", backTitle: "S.Sos., M.M.", gender: "L", birthDate: "1976-12-07", appointment: "2001-03", serial: 1, status: "PNS", golongan: "IV/a", position: "Kepala Bidang Penilaian Kinerja Aparatur dan Penghargaan", unitCode: "03", supervisorKey: "kepalaBkd", positionSince: "2022-08-01" },
    { key: "adminBkd", name: "Yanti Sumiati", backTitle: "S.Kom.", gender: "P", birthDate: "1988-02-22", appointment: "2011-03", serial: 1, status: "PNS", golongan: "III/c", position: "Analis SDM Aparatur Ahli Muda", unitCode: "03", supervisorKey: "kabidPkap", positionSince: "2023-01-02", role: "ADMIN_BKD" },
  ],
};

export const DEMO_AGENCIES: DemoAgency[] = [DISKOMINFO, BKD];
