# saudinewsnet_part011_0996 (annotator44)
@P1
PER | الشامي | p1_shami
EVENT | صيف القريات 36 | p1_fest            # quotes keep "مهرجان" out; "36" (1436) is inside the quoted title

@P2
ORG | سبق | p2_sabq
GPE | القريات | p2_qurayyat1
GPE | القريات | p2_qurayyat2
PER | فيصل الشامي | p2_shami
DATE | أمس الأحد | p2_sunday
EVENT | صيف القريات 36 | p2_fest
GPE | كاف | p2_kaf                      # "منطقة كاف الأثرية": classifier and descriptor out (a village, like "منطقة عمد")
ORG | بلدية القريات | p2_municipality1
DATE | 19 شوال | p2_shawwal
ORG | جمعية الثقافة والفنون | p2_sacs1
# "القرآن الكريم" is a title of a work; "جناح ..." stalls are descriptive
ORG | بلدية القريات | p2_municipality2
PER | فرحان سليم العنزي | p2_anazi
# "ملح الشمال" is a title of a work
PER | فهد مطر | p2_mutar1
# "معرض الأسر المنتجة", "معرض الإدارات الحكومية" are descriptive sections of the festival
EVENT | ملتقى التصوير الضوئي | p2_forum      # edition number "الخامس" outside
ORG | جمعية الثقافة والفنون | p2_sacs2
GPE | الجوف | p2_jouf
EVENT | معرض غذاء الروح | p2_expo1
EVENT | معرض نبوة | p2_expo2
GPE | أمريكا | p2_usa
PER | فهد مطر | p2_mutar2
PER | حامد الضبعان | p2_dabaan
PER | عبد العزيز العليوي | p2_olaiwi
ORG | صدى الخليج | p2_sada                # nasheed group; trailing "الإنشادية" out
PER | أسامة فقية | p2_faqiah
PER | ثامر الخشمي | p2_khashmi
PER | أنس العساف | p2_assaf
PER | خالد الدهيري | p2_duhairi
PER | صالح الشادي | p2_shadi
PER | سعيد بن مانع | p2_mani
PER | فهد الشهراني | p2_shahrani
PER | محمد مطرود | p2_matrood
PER | حامد مناور | p2_manawer
PER | عبد الله البلعاسي | p2_balasi
PER | ضيف الله السمحان | p2_samhan
ORG | قناة بداية | p2_badaya              # "بداية" alone reads as a common noun: classifier kept
PER | شجاع الدوسري | p2_dosari
PER | أحمد الشراري | p2_sharari1
ORG | لايف | p2_live
ORG | شقلبة | p2_shaqlaba
ORG | فري ستايل | p2_freestyle
ORG | أطياف | p2_atyaf
PER | علي دبكل | p2_dabkal
PER | ساري الشراري | p2_sharari2
REL | ROLE | p2_shami | p2_qurayyat2
REL | ROLE | p2_anazi | p2_municipality2
REL | LOCATED_IN | p2_sacs2 | p2_jouf
REL | ROLE | p2_dosari | p2_badaya
REL | ROLE | p2_sharari1 | p2_badaya
