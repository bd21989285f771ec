import type { PrivacyKey } from './en.js';

/** The privacy notice in Turkish. */
export const tr: Record<PrivacyKey, string> = {
  'privacy.title': 'Veri koruma',
  'privacy.controller': 'Verilerinizden sorumlu: {controller}',
  'privacy.controllerUnknown': 'Verilerinizden sorumlu: bu fuarın düzenleyicisi.',
  'privacy.stored.phone':
    'Bu sayfa hangi stantları ziyaret ettiğinizi, dilinizi ve listenizi telefonunuzda saklar. Sunucu yalnızca ziyaretinizi, sadece bu fuar için kullanılan rastgele bir numarayla alır, adınızı asla almaz. Adınız, telefon numaranız veya e-posta adresiniz yalnızca iletişim istediğinizde ve onay verdiğinizde gönderilir.',
  'privacy.stored.kiosk':
    'Bu terminal kim olduğunuzu gösteren hiçbir şey saklamaz. Cevaplarınız işiniz bittiğinde veya kısa bir süre kullanılmadığında silinir. Fuar, değerlendirme için cevapları ve aramaları isimsiz sayar. Bilgileriniz yalnızca iletişim istediğinizde ve onay verdiğinizde gönderilir.',
  'privacy.stored.list': 'Listeniz yalnızca telefonunuzdaki bu bağlantıdadır. Sunucu onu almaz.',
  'privacy.purpose': 'Neden: Ziyaretler fuarın değerlendirmesi için sayılır; iletişim talebiniz yalnızca seçtiğiniz kuruluşa gider.',
  'privacy.kept': 'Ziyaretler ve iletişim talepleri en geç fuardan {days} gün sonra silinir.',
  'privacy.rights':
    'Haklarınız: Hakkınızda neyin saklandığını sorabilir, silinmesini isteyebilir ve onayınızı her zaman geri alabilirsiniz. Bir veri koruma denetim makamına da şikâyette bulunabilirsiniz.',
  'privacy.contact': 'İletişim: {contact}',
  'privacy.dpo': 'Veri koruma görevlisi: {dpo}',
  'privacy.more': 'Veri koruma hakkında daha fazla',
  'privacy.moreKiosk': 'Veri koruma hakkında daha fazlası telefonunuzda: kodu tarayın veya bu adresi yazın:',
  'privacy.qr': 'Veri koruma sayfasının adresini içeren QR kod',
  'privacy.close': 'Kapat',
};
