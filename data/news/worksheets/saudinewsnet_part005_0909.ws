# saudinewsnet_part005_0909 (annotator32)
@P1
ORG | برشلونة | p1_barca
NORP | الأميركية | p1_american
NORP | الأوروبية | p1_european

@P2
# sentence 1: Barcelona v LA Galaxy at the Rose Bowl
ORG | برشلونة | p2_barca1
GPE | اسبانيا | p2_spain
LOC | اوروبا | p2_europe1
DATE | موسم الجديد | p2_newseason
ORG | لوس انجليس غالاكسي | p2_galaxy1
NORP | الاميركي | p2_american1
EVENT | كأس الابطال الدولية | p2_icc
FAC | روز بول | p2_rosebowl
GPE | باسادينا | p2_pasadena
GPE | كاليفورنيا | p2_california1
REL | VISIT | p2_barca1 | p2_pasadena
REL | LOCATED_IN | p2_rosebowl | p2_pasadena
REL | LOCATED_IN | p2_pasadena | p2_california1
# sentence 2: Barcelona's scorers
ORG | برشلونة | p2_barca2
ORG | دوري ابطال اوروبا | p2_ucl
NORP | الاميركية | p2_american2
NORP | الارجنتيني | p2_argentine
PER | ليونيل ميسي | p2_messi
NORP | البرازيلي | p2_brazilian1
PER | نيمار | p2_neymar
ORG | لوس انجليس غالاكسي | p2_galaxy2
NORP | الاوروغوياني | p2_uruguayan
PER | لويس سواريز | p2_suarez
ORG | ليفربول | p2_liverpool
NORP | الانكليزي | p2_english1
PER | ستيفن جيرارد | p2_gerrard
PER | سيرجي روبرتو | p2_roberto
ORG | غالاكسي | p2_galaxy3
PER | تومي ماير | p2_meyer
REL | ROLE | p2_messi | p2_barca2
REL | ROLE | p2_neymar | p2_barca2
REL | ROLE | p2_suarez | p2_barca2
REL | ROLE | p2_suarez | p2_liverpool
REL | ROLE | p2_gerrard | p2_liverpool
REL | ROLE | p2_roberto | p2_barca2
REL | ROLE | p2_meyer | p2_galaxy3
# sentence 3: Manchester United v San Jose Earthquakes
FAC | افايا استاديوم | p2_avaya
GPE | سان خوسيه | p2_sanjose
ORG | مانشستر يونايتد | p2_manutd1
NORP | الانكليزي | p2_english2
GPE | استراليا | p2_australia
GPE | الصين | p2_china
LOC | اميركا الشمالية | p2_northamerica
LOC | اوروبا | p2_europe2
ORG | سان خوسيه ارثكوايكس | p2_earthquakes
NORP | اسباني | p2_spanish1
PER | خوان ماتا | p2_mata
NORP | الهولندي | p2_dutch1
PER | ممفيس ديباي | p2_depay
NORP | البرازيلي | p2_brazilian2
PER | اندريا بيريرا | p2_pereira
PER | فاتاي الاشي | p2_alashi
ORG | الشياطين الحمر | p2_reddevils
NORP | الالماني | p2_german
PER | باستيان شفاينشتايغر | p2_schweinsteiger
REL | LOCATED_IN | p2_avaya | p2_sanjose
REL | VISIT | p2_manutd1 | p2_sanjose
REL | ROLE | p2_mata | p2_manutd1
REL | ROLE | p2_depay | p2_manutd1
REL | ROLE | p2_pereira | p2_manutd1
REL | ROLE | p2_alashi | p2_earthquakes
REL | ROLE | p2_schweinsteiger | p2_reddevils
# sentence 4: van Gaal's team v Club America
NORP | الهولندي | p2_dutch2
PER | لويس فان غال | p2_vangaal
ORG | اميركا | p2_clubamerica1
NORP | المكسيكي | p2_mexican1
NORP | الفرنسي | p2_french
PER | مورغان شنايدرلان | p2_schneiderlin
# sentence 5: PSG v Fiorentina at Red Bull Arena
FAC | ريد بول ارينا | p2_rbarena
GPE | نيوجرزي | p2_newjersey1
ORG | باريس سان جرمان | p2_psg1
GPE | فرنسا | p2_france
ORG | بنفيكا | p2_benfica1
NORP | البرتغالي | p2_portuguese
ORG | فيورنتينا | p2_fiorentina1
NORP | الايطالي | p2_italian
PER | بليز ماتويدي | p2_matuidi
PER | جان-كيفن اوغوستان | p2_augustin
NORP | السويدي | p2_swedish
PER | زلاتان ابراهيموفيتش | p2_ibrahimovic
NORP | اسباني | p2_spanish2
PER | خواكين | p2_joaquin
PER | جوسيبي روسي | p2_rossi
REL | LOCATED_IN | p2_rbarena | p2_newjersey1
REL | VISIT | p2_psg1 | p2_newjersey1
REL | VISIT | p2_fiorentina1 | p2_newjersey1
REL | ROLE | p2_matuidi | p2_psg1
REL | ROLE | p2_augustin | p2_psg1
REL | ROLE | p2_ibrahimovic | p2_psg1
REL | ROLE | p2_joaquin | p2_fiorentina1
REL | ROLE | p2_rossi | p2_fiorentina1
# sentence 6: the schedule
NORP | الاميركية | p2_american3
NORP | الاوروبية | p2_european2
DATE | الجمعة | p2_friday
GPE | كونيكتيكت | p2_connecticut
ORG | بنفيكا | p2_benfica2
ORG | فيورنتينا | p2_fiorentina2
DATE | السبت | p2_saturday
GPE | سانتا كلارا | p2_santaclara
GPE | كاليفورنيا | p2_california2
ORG | برشلونة | p2_barca3
ORG | مانشستر يونايتد | p2_manutd2
GPE | كارولاينا الشمالية | p2_northcarolina
ORG | سان جرمان | p2_psg2
ORG | تشلسي | p2_chelsea1
REL | VISIT | p2_benfica2 | p2_connecticut
REL | VISIT | p2_fiorentina2 | p2_connecticut
REL | LOCATED_IN | p2_santaclara | p2_california2
REL | VISIT | p2_barca3 | p2_santaclara
REL | VISIT | p2_manutd2 | p2_santaclara
REL | VISIT | p2_psg2 | p2_northcarolina
REL | VISIT | p2_chelsea1 | p2_northcarolina
# sentence 7
DATE | الاحد | p2_sunday
GPE | نيوجرزي | p2_newjersey2
ORG | بنفيكا | p2_benfica3
ORG | نيويورك ريد بولز | p2_nyrb
DATE | الثلاثاء المقبل | p2_tuesday
GPE | ميريلاند | p2_maryland
ORG | برشلونة | p2_barca4
ORG | تشلسي | p2_chelsea2
GPE | مكسيكو سيتي | p2_mexicocity
ORG | بنفيكا | p2_benfica4
ORG | اميركا | p2_clubamerica2
NORP | المكسيكي | p2_mexican2
REL | VISIT | p2_benfica3 | p2_newjersey2
REL | VISIT | p2_barca4 | p2_maryland
REL | VISIT | p2_chelsea2 | p2_maryland
REL | VISIT | p2_benfica4 | p2_mexicocity
# sentence 8
NORP | الاميركية | p2_american4
DATE | الاربعاء | p2_wednesday
ORG | مانشستر يونايتد | p2_manutd3
ORG | سان جرمان | p2_psg3
LOC | اوروبا | p2_europe3
ORG | برشلونة | p2_barca5
ORG | فيورنتينا | p2_fiorentina3
GPE | فلورنسا | p2_florence
DATE | الثاني من اغسطس | p2_aug2
ORG | تشلسي | p2_chelsea3
ORG | فيورنتينا | p2_fiorentina4
DATE | الخامس منه | p2_aug5
FAC | ستامفورد بريدج | p2_stamford
GPE | لندن | p2_london
REL | VISIT | p2_barca5 | p2_florence
REL | LOCATED_IN | p2_stamford | p2_london
REL | VISIT | p2_fiorentina4 | p2_london
