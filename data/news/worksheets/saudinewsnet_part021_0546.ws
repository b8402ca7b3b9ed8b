# saudinewsnet_part021_0546 (annotator53)
# "السلطنة" alone (P6) is a common-noun reference like "المملكة"; "المنظمة الدولية" (P2, the UN by epithet) is not annotated.
@P1
GPE | عُمان | p1_oman
EVENT | الأزمة السورية | p1_crisis
PER | وليد المعلم | p1_muallem
REL | VISIT | p1_muallem | p1_oman          # "وتستقبل وليد المعلم": hosting states a visit

@P2
GPE | سلطنة عُمان | p2_oman
EVENT | أزمة السورية | p2_crisis          # "للأزمة السورية" (after لل)
DATE | أمس | p2_yesterday1
NORP | السوري | p2_syrian
PER | وليد المعلم | p2_muallem
GPE | مسقط | p2_muscat
NORP | العُماني | p2_omani
PER | يوسف بن علوي عبد الله | p2_alawi
ORG | مجلس الأمن | p2_unsc
DATE | اليوم الجمعة | p2_friday
NORP | أميركي | p2_american1
PER | بان كي مون | p2_ban
ORG | منظمة حظر الأسلحة الكيماوية | p2_opcw
GPE | سوريا | p2_syria
NORP | أميركي | p2_american2
NORP | روسي | p2_russian
DATE | أمس | p2_yesterday2
NORP | الماليزية | p2_malaysian
REL | ROLE | p2_muallem | p2_syrian
REL | VISIT | p2_muallem | p2_muscat        # "حطّ ... رحاله في مسقط"
REL | ROLE | p2_alawi | p2_omani
REL | MEET | p2_muallem | p2_alawi

@P3
NORP | السوري | p3_syrian1
NORP | خليجية | p3_gulf
GPE | سوريا | p3_syria
DATE | شهر مارس (آذار) 2011 | p3_march2011
PER | المعلم | p3_muallem
NORP | السوري | p3_syrian2
PER | فيصل مقداد | p3_mekdad
REL | ROLE | p3_mekdad | p3_syrian2

@P4
ORG | الوكالة السورية للأنباء | p4_sana
PER | المعلم | p4_muallem
NORP | العماني | p4_omani
PER | يوسف بن علوي | p4_alawi
NORP | السوري | p4_syrian
GPE | الجمهورية العربية السورية | p4_sar
REL | ROLE | p4_alawi | p4_omani
REL | MEET | p4_muallem | p4_alawi          # "خلال الاجتماع اتفق المعلم ووزير الخارجية العماني"

@P5
GPE | مسقط | p5_muscat
EVENT | الصراع السوري | p5_conflict
GPE | سلطنة عُمان | p5_oman
GPE | دمشق | p5_damascus
NORP | الخليجيين | p5_gulf

@P6
GPE | إيران | p6_iran
NORP | خليجية | p6_gulf
GPE | السعودية | p6_saudi
EVENT | الأزمة السورية | p6_crisis
NORP | العمانيين | p6_omanis
GPE | الرياض | p6_riyadh
GPE | طهران | p6_tehran

@P7
ORG | الوطن | p7_watan
NORP | السورية | p7_syrian
DATE | أمس | p7_yesterday
GPE | سوريا | p7_syria
GPE | السعودية | p7_saudi
GPE | إيران | p7_iran
GPE | مسقط | p7_muscat

@P8
PER | المعلم | p8_muallem1
GPE | مسقط | p8_muscat
GPE | طهران | p8_tehran1
ORG | الحكومة الإيرانية | p8_irgov
EVENT | الأزمة السورية | p8_crisis
GPE | روسيا | p8_russia
NORP | عربية | p8_arab
ORG | أمم المتحدة | p8_un                  # "للأمم المتحدة" (after لل)
PER | بان كي مون | p8_ban
PER | المعلم | p8_muallem2
NORP | الإيرانيين | p8_iranians
PER | حسن روحاني | p8_rouhani
ORG | المجلس الأعلى للأمن القومي | p8_snsc
PER | علي شمخاني | p8_shamkhani
PER | محمد جواد ظريف | p8_zarif
GPE | طهران | p8_tehran2
NORP | الروسي | p8_russian
LOC | الشرق الأوسط | p8_me
PER | ميخائيل بوغدانوف | p8_bogdanov
REL | VISIT | p8_muallem1 | p8_muscat       # "ووصل المعلم مسقط"; "قادمًا من طهران" is leaving, no visit
REL | ROLE | p8_ban | p8_un
REL | ROLE | p8_rouhani | p8_iranians      # "المسؤولين الإيرانيين، وبينهم الرئيس حسن روحاني"
REL | ROLE | p8_shamkhani | p8_iranians
REL | ROLE | p8_shamkhani | p8_snsc
REL | ROLE | p8_zarif | p8_iranians
REL | MEET | p8_muallem2 | p8_rouhani       # "ناقش المعلم هذه الخطة مع ..."
REL | MEET | p8_muallem2 | p8_shamkhani
REL | MEET | p8_muallem2 | p8_zarif
REL | ROLE | p8_bogdanov | p8_russian       # "ممثل الرئيس الروسي" (represents)
REL | MEET | p8_muallem2 | p8_bogdanov      # "كما التقى في طهران": pronoun subject, the earlier المعلم

@P9
ORG | الحكومة الإيرانية | p9_irgov
GPE | سوريا | p9_syria1
GPE | طهران | p9_tehran
GPE | سوريا | p9_syria2

@P10
ORG | وكالة الأنباء الإيرانية | p10_irna1
ORG | إرنا | p10_irna2
NORP | الإيراني | p10_iranian
PER | حسن روحاني | p10_rouhani
PER | وليد المعلم | p10_muallem
GPE | سوريا | p10_syria1
NORP | السوري | p10_syrian
GPE | سوريا | p10_syria2
REL | ROLE | p10_rouhani | p10_iranian
REL | MEET | p10_rouhani | p10_muallem      # "خلال استقباله وليد المعلم"

@P11
NORP | السوري | p11_syrian
GPE | طهران | p11_tehran
# "الوزير السوري ... في زيارته لطهران": no PER mention, so no VISIT

@P12
ORG | التلفزيون السوري | p12_tv
PER | المعلم | p12_muallem
GPE | سوريا | p12_syria1
ORG | داعش | p12_isis1
GPE | دمشق | p12_damascus
NORP | السورية | p12_syrian
ORG | القوات التركية | p12_turkish
ORG | داعش | p12_isis2
GPE | سوريا | p12_syria2
ORG | حزب العمال الكردستاني | p12_pkk
REL | CRITICIZES | p12_muallem | p12_turkish   # "لكنه حذر من خرق السيادة السورية، في إشارة لمشاركة القوات التركية"

@P13
PER | وليد المعلم | p13_muallem
GPE | طهران | p13_tehran
NORP | الأميركي | p13_american
PER | جون كيري | p13_kerry
NORP | الروسي | p13_russian
PER | سيرجي لافروف | p13_lavrov
NORP | السعودي | p13_saudi
PER | عادل الجبير | p13_jubeir
NORP | القطرية | p13_qatari
GPE | الدوحة | p13_doha
NORP | السورية | p13_syrian
REL | VISIT | p13_muallem | p13_tehran     # "زيارة وليد المعلم إلى طهران"
REL | ROLE | p13_kerry | p13_american
REL | ROLE | p13_lavrov | p13_russian
REL | ROLE | p13_jubeir | p13_saudi
REL | MEET | p13_kerry | p13_lavrov
REL | MEET | p13_kerry | p13_jubeir
REL | MEET | p13_lavrov | p13_jubeir

@P14
NORP | إيرانية | p14_iranian
ORG | الخارجية الروسية | p14_mfa
PER | ميخائيل بوغدانوف | p14_bogdanov
PER | المعلم | p14_muallem
NORP | الروسي | p14_russian
REL | ROLE | p14_bogdanov | p14_mfa
REL | MEET | p14_bogdanov | p14_muallem   # "وضع المعلم في صورة المباحثات" (briefed him in person)
