# saudinewsnet_part017_0697 (annotator52)
# "فرعوني/فرعونية" (Pharaonic) is read as the adjective of the ancient Egyptian people: NORP.
# Military campaigns, battles and an army's march to a place give no VISIT and no CRITICIZES.
@P1
NORP | فرعوني | p1_pharaonic
FAC | المتحف المصري | p1_museum

@P2
FAC | قناة السويس الجديدة | p2_canal
DATE | الخميس المقبل | p2_thursday
NORP | فرعونية | p2_pharaonic
FAC | المتحف المصري | p2_museum
FAC | ميدان التحرير | p2_tahrir
GPE | القاهرة | p2_cairo
REL | LOCATED_IN | p2_tahrir | p2_cairo

@P3
PER | رمسيس الثاني | p3_ramses2
NORP | المصري | p3_egyptian
PER | ممدوح الدماطي | p3_damati
DATE | الأحد | p3_sunday
# "منطقة قناة السويس": the classifier is dropped, the canal stands alone
FAC | قناة السويس | p3_canal
LOC | شبه جزيرة سيناء | p3_sinai
PER | رمسيس | p3_ramses
DATE | عامي 1304 و1237 قبل الميلاد | p3_reign
GPE | العراق | p3_iraq
LOC | الشام | p3_levant
EVENT | قادش | p3_kadesh
LOC | نهر العاصي | p3_orontes
ORG | جيش مصر | p3_army
NORP | حيثيين | p3_hittites
DATE | عام 1258 قبل الميلاد | p3_1258
REL | ROLE | p3_damati | p3_egyptian

@P4
# «اكتشافات أثرية على ضفاف قناة السويس» is the exhibition's name (EVENT); the canal inside it is not annotated
EVENT | اكتشافات أثرية على ضفاف قناة السويس | p4_exhibition
PER | رمسيس الثاني | p4_ramses2
DATE | عام 1876 | p4_1876
LOC | تل المسخوطة | p4_maskhuta
ORG | رويترز | p4_reuters

@P5
LOC | تل المسخوطة | p5_maskhuta
GPE | الإسماعيلية | p5_ismailia
GPE | القاهرة | p5_cairo
NORP | المصرية | p5_egyptian
FAC | طريق حورس الحربي | p5_horusroad
LOC | بلاد الشام | p5_levant
# the god Horus of the statue: PER; "عنخ" (a symbol) has no type
PER | حورس | p5_horus
PER | أحمس | p5_ahmose1
NORP | الهكسوس | p5_hyksos1
PER | سقنن رع تاعا | p5_seqenenre
PER | كامس | p5_kamose
PER | أحمس | p5_ahmose2
LOC | ثارو | p5_tharu
NORP | الهكسوس | p5_hyksos2
GPE | الإمبراطورية المصرية | p5_empire
DATE | عامي نحو 1567 - 1200 قبل الميلاد | p5_empiredates

@P6
ORG | وزارة الآثار المصرية | p6_ministry
FAC | طريق حورس الحربي | p6_horusroad
FAC | قلعة ثارو | p6_tharu
ORG | الجيش المصري | p6_army
LOC | سيناء | p6_sinai
LOC | الشام | p6_levant

@P7
FAC | قلعة ثارو | p7_tharu
GPE | مصر | p7_egypt
PER | رمسيس الأول | p7_ramses1
DATE | عامي 1320 و1318 قبل الميلاد | p7_reign
# "ملوك مصر ... لرمسيس الأول الذي حكم البلاد": "البلاد" is مصر of the same sentence
REL | ROLE | p7_ramses1 | p7_egypt

@P8
GPE | الأقصر | p8_luxor
PER | تحتمس الثالث | p8_thutmose3
DATE | عامي 1482 و1450 قبل الميلاد | p8_reign
# "مصر القديمة": "القديمة" is a trailing descriptor
GPE | مصر | p8_egypt
REL | ROLE | p8_thutmose3 | p8_egypt

@P9
PER | الدماطي | p9_damati
GPE | مصر | p9_egypt1
FAC | قناة السويس الجديدة | p9_canal
DATE | الخميس 6 أغسطس (آب) | p9_date
GPE | مصر | p9_egypt2

@P10
ORG | وزارة الآثار | p10_ministry
GPE | السويس | p10_suez
GPE | الإسماعيلية | p10_ismailia

@P11
PER | سنوسرت الثالث | p11_senusret3
GPE | مصر | p11_egypt
DATE | عامي 1878 و1843 قبل الميلاد | p11_reign
FAC | سيزوستريس | p11_canal
LOC | نهر النيل | p11_nile
LOC | البحر الأحمر | p11_redsea
# the second «سيزوستريس» is the king's Greek name
PER | سيزوستريس | p11_sesostris
NORP | الإغريقي | p11_greek
PER | سنوسرت | p11_senusret
REL | ROLE | p11_senusret3 | p11_egypt

@P12
PER | محمد عبد المقصود | p12_maqsoud
# "مشروع تطوير المواقع الأثرية بمحور قناة السويس" is a scheme named by what it does; only the canal is annotated
FAC | قناة السويس | p12_canal
NORP | المصرية | p12_egyptian
ORG | رويترز | p12_reuters
NORP | المصريين | p12_egyptians

@P13
LOC | تل المسخوطة | p13_maskhuta
LAW | مرسوم رفح | p13_decree
NORP | المصريين | p13_egyptians
PER | بطليموس الرابع | p13_ptolemy4
DATE | عام 217 قبل الميلاد | p13_217
EVENT | معركة رفح | p13_raphia
PER | أنطيوخوس الثالث | p13_antiochus3
EVENT | الحرب السورية | p13_syrianwar
DATE | 219 - 217 قبل الميلاد | p13_wardates
# languages: "اليونانية" NORP; the scripts "الهيروغليفية" and "الديموطيقية" and "الأسرة 26" are not annotated
NORP | اليونانية | p13_greek
PER | أبريس | p13_apries
PER | واح - آب - رع | p13_wahibre
DATE | عامي 589 و570 قبل الميلاد | p13_reign
LOC | سيناء | p13_sinai
FAC | طريق حورس | p13_horusroad
ORG | وزارة الآثار | p13_ministry
FAC | قناة السويس | p13_canal1
FAC | قناة السويس | p13_canal2
