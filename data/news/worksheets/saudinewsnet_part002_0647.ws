# saudinewsnet_part002_0647 (annotator48)
# "مكتب الطبيب الشرعي للمقاطعة" (the county, unnamed), "منزل/بيت الممثلة", the film title "جي.آي جين" and "عيد ميلاد" (a birthday) are not annotated
@P1
ORG | الشرطة الأمريكية | p1_police
PER | ديمي مور | p1_moore

@P2
ORG | الشرطة الأمريكية | p2_police1
NORP | الأمريكية | p2_us1
PER | ديمي مور | p2_moore1
GPE | لوس انجلس | p2_la
ORG | لوس انجلس تايمز | p2_lat
DATE | يوم الأحد 19 يوليو/تموز | p2_date
GPE | بيفرلي هيلز | p2_bh
NORP | الأمريكية | p2_us2
PER | مور | p2_moore2
ORG | إدارة شرطة لوس انجلس | p2_lapd
PER | مور | p2_moore3
NORP | الأمريكية | p2_us3
ORG | رويترز | p2_reuters
NORP | الأمريكية | p2_us4
PER | ديمي مور | p2_moore4
PER | بروس ويليس | p2_willis
PER | اشتون كوتشر | p2_kutcher
ORG | الوئام | p2_alweeam
ORG | الشرطة الأمريكية | p2_police2
PER | ديمي مور | p2_moore5
