# saudinewsnet_part026_0716 (annotator57)
# The play title «سراة الشعر والكهولة» has no type (title of a work); "غدا" is not a DATE.
@P1
PER | لبيد بن ربيعة | p1_labid

@P2
NORP | العربي | p2_arab
PER | لبيد بن ربيعة | p2_labid
EVENT | سوق عكاظ | p2_okaz

@P3
# director, actors and writer: no ROLE (professions, no body named)
PER | فطيس بقنه | p3_baqnah
PER | لبيد بن ربيعة | p3_labid
NORP | الأردني | p3_jordanian
PER | منذر الرياحنة | p3_riyahneh
NORP | السعوديين | p3_saudis
PER | إبراهيم الحساوي | p3_hassawi
PER | تركي اليوسف | p3_yousef
PER | نايف خلف | p3_khalaf
PER | خالد الصقر | p3_saqr
PER | شجاع الشباطي | p3_shabati
NORP | العربي | p3_arab             # "بالشعر العربي"; "المستشرقين" (Orientalists, a scholarly profession) not annotated

@P5
PER | صالح زمانان | p5_zamanan
EVENT | سوق عكاظ | p5_okaz
NORP | العربي | p5_arab

@P6
ORG | أمانة سوق عكاظ | p6_secretariat
PER | جريدي منصوري | p6_mansouri
REL | ROLE | p6_mansouri | p6_secretariat   # "ممثلة في" (represented by)
DATE | هذا العام | p6_thisyear

@P7
EVENT | سوق عكاظ | p7_okaz
DATE | عام 1430هـ | p7_1430
PER | امرؤ القيس | p7_imru
DATE | العام الماضي 1435 | p7_1435
PER | طرفة بن العبد | p7_tarafa
PER | زهير بن أبي سلمى | p7_zuhair
PER | عنترة بن شداد | p7_antara
PER | الأعشى القيسي | p7_asha
PER | عمرو بن كلثوم | p7_amr

@P8
PER | لبيد بن ربيعة | p8_labid
LOC | العالم العربي | p8_arabworld
NORP | الشرق | p8_east           # "ثنائيات الشرق والغرب": East and West as cultural blocs (like الغرب)
NORP | الغرب | p8_west

@P9
EVENT | سوق عكاظ | p9_okaz
DATE | يوم الخميس القادم | p9_thursday
EVENT | ندوة الشباب والإبداع | p9_seminar   # the quoted theme "الريادة المعرفية" has no type
PER | تركي بن سعود بن محمد | p9_turki
ORG | مدينة الملك عبد العزيز للعلوم والتقنية | p9_kacst
REL | ROLE | p9_turki | p9_kacst
PER | أسامة بن حسين المنصوري | p9_mansouri  # "مستشار وزير الاقتصاد والتخطيط": a title, no ORG

@P10
LOC | الخليج | p10_gulf           # inside the seminar title "دول الخليج والتحديات المعاصرة"
PER | علي محمد فخرو | p10_fakhro
PER | محمد الرميحي | p10_rumaihi
PER | مشاري النعيم | p10_naim
PER | ساعد العرابي الحارثي | p10_harthi
FAC | فندق إنتركونتننتال | p10_hotel
FAC | مسرح عكاظ | p10_theatre
