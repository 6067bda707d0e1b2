import type { Metadata } from "next";
import { isNotificationKind } from "@/lib/domain/notification-kinds";
import { formatPersonName } from "@/lib/domain/person-name";
import { formatCalendarDate, formatDateTimeWib } from "@/lib/format-date";
import { requireUser } from "@/lib/server/auth/current-user";
import { getOwnProfile } from "@/lib/server/profile/queries";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { ContactForm } from "@/components/profile/contact-form";
import { EmailPreferencesForm } from "@/components/profile/email-preferences-form";
import { changePasswordAction, updateContactAction, updatePreferencesAction } from "./actions";

export const metadata: Metadata = { title: "Profil" };

const STATUS_LABEL = { PNS: "PNS", CPNS: "CPNS", PPPK: "PPPK" } as const;

function Section({ id, title, children, description }: { id: string; title: string; description?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {description ? <p className="mt-1 text-sm text-slate-600">{description}</p> : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}

export default async function ProfilePage() {
  const user = await requireUser();
  const profile = await getOwnProfile(user);
  if (!profile) throw new Error("Data pegawai tidak ditemukan untuk akun ini.");
  const personnel: [string, string][] = [
    ["NIP", profile.nip],
    ["Nama", formatPersonName(profile)],
    ["Golongan", profile.golongan],
    ["Status kepegawaian", STATUS_LABEL[profile.status]],
    ["Jabatan", `${profile.position.name} (kelas jabatan ${profile.position.kelasJabatan})`],
    ["Unit kerja", profile.unit.name],
    ["Perangkat daerah", profile.opd.name],
    [
      "Atasan langsung",
      profile.supervisor
        ? `${formatPersonName(profile.supervisor)} — ${profile.supervisor.position.name} (NIP ${profile.supervisor.nip})`
        : "— (tidak ada; SKP dinilai oleh Admin BKD)",
    ],
    ["TMT (mulai bekerja)", formatCalendarDate(profile.startDate)],
    ["TMT jabatan", formatCalendarDate(profile.positionStartDate)],
  ];

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Profil</h1>

      <Section id="data-kepegawaian" title="Data Kepegawaian" description="Data ini berasal dari SIAp Jabar dan tidak dapat diubah di sini. Bila ada yang keliru, hubungi Admin OPD Anda.">
        <dl className="grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-2" data-testid="personnel-data">
          {personnel.map(([label, value]) => (
            <div key={label}>
              <dt className="text-xs uppercase tracking-wide text-slate-500">{label}</dt>
              <dd className="break-words font-medium">{value}</dd>
            </div>
          ))}
        </dl>
      </Section>

      <Section id="kontak" title="Kontak">
        <ContactForm email={profile.email} phone={profile.phone} action={updateContactAction} />
      </Section>

      <Section id="notifikasi" title="Notifikasi E-mail" description="Semua notifikasi tampil di aplikasi. Pilih yang juga dikirim ke e-mail Anda.">
        <EmailPreferencesForm selected={profile.emailNotifications.filter(isNotificationKind)} action={updatePreferencesAction} />
      </Section>

      <Section
        id="kata-sandi"
        title="Ganti Kata Sandi"
        description={
          profile.user?.passwordChangedAt
            ? `Terakhir diganti ${formatDateTimeWib(profile.user.passwordChangedAt)}.`
            : undefined
        }
      >
        <div className="max-w-md">
          <ChangePasswordForm action={changePasswordAction} requireCurrent />
        </div>
      </Section>
    </div>
  );
}
