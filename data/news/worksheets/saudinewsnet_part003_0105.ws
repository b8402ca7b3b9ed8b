# saudinewsnet_part003_0105 (annotator58)
# "دليل رمضان" is a product (a web portal) title: no type, and "رمضان" inside it is no DATE. The URL is not annotated.
# "لهذا الشهر الفضيل" / "في هذا الشهر الكريم" refer back to Ramadan by a common noun: not DATE. "الرمضانية" not annotated.
@P1
ORG | Google | p1_google

@P2
PER | عبدالسلام العنزي | p2_anazi
ORG | سبق | p2_sabq
GPE | الرياض | p2_riyadh
REL | ROLE | p2_anazi | p2_sabq
ORG | Google | p2_google1              # "شركة Google": classifier dropped
DATE | اليوم الأربعاء | p2_wed
ORG | Google | p2_google2
ORG | YouTube | p2_youtube1
ORG | Google Play | p2_play1             # "متجر Google Play": the store is a platform (like واتساب), classifier dropped
DATE | شهر رمضان | p2_ramadan1          # "المبارك" (epithet) left out
NORP | العربية | p2_ar                  # language adjectives on "لغات"
NORP | الإنجليزية | p2_en
NORP | التركية | p2_tr
NORP | الإندونيسية | p2_id
NORP | الماليزية | p2_my
ORG | Google | p2_google3
ORG | Google | p2_google4              # "ميزة Google Now": a feature named after the company → ORG Google only (تطبيق أوبر → أوبر)
ORG | Google | p2_google5              # "تطبيق محرك بحث Google"
ORG | Google | p2_google6              # "بطاقات Google Now"
ORG | YouTube | p2_youtube2
PER | زين كمال المصري | p2_zein
ORG | Google | p2_google7
LOC | الشرق الأوسط وشمال إفريقيا | p2_mena    # "منطقة" dropped; one LOC (§7.6)
REL | ROLE | p2_zein | p2_google7     # "مديرة المنتجات في شركة Google"; director of ORG in place: no LOCATED_IN
DATE | شهر رمضان | p2_ramadan2
ORG | YouTube | p2_youtube3
GPE | السعودية | p2_ksa
GPE | مصر | p2_egypt
GPE | الأردن | p2_jordan
GPE | المغرب | p2_morocco
ORG | Google Play | p2_play2
DATE | شهر رمضان | p2_ramadan3
ORG | Google Play | p2_play3
DATE | شهر رمضان | p2_ramadan4
DATE | شهر رمضان | p2_ramadan5          # "الأسابيع الأخيرة ما قبل شهر رمضان": the vague weeks stay out
DATE | شهر رمضان | p2_ramadan6
DATE | شهر رمضان الفائت | p2_ramadan7
